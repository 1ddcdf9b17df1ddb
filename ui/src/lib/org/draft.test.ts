import { afterEach, describe, expect, it } from 'vitest';
import type { Org } from '../bindings';
import { setLang } from '../i18n';
import { draftFromOrg, emptyOrgDraft, ORG_LABELS, prepareOrgDraft } from './draft';

afterEach(() => setLang('en'));

describe('the organisation form', () => {
  it('sends the fields hidden for the chosen authority empty', () => {
    const d = { ...emptyOrgDraft(), authority: 'cnil', authority_name: 'x', ico_registration: 'Z123', ico_fee_tier: '2' };
    expect(prepareOrgDraft(d)).toMatchObject({ authority_name: '', ico_registration: '', ico_fee_tier: '' });
    const ico = prepareOrgDraft({ ...d, authority: 'ico', extra_holidays: ['2026-06-01, 2026-06-02', ' '] });
    expect(ico.extra_holidays).toEqual(['2026-06-01, 2026-06-02']);
    expect(ico).toMatchObject({ authority_name: '', ico_registration: 'Z123', ico_fee_tier: '2' });
  });

  it('turns the stored profile back into text', () => {
    const org: Org = {
      legal_name: 'Exemple SAS', address: '', country: 'FR', company_number: null, authority: 'cnil', authority_name: null,
      ico_registration: null, ico_fee_tier: null, role: 'both', contact_name: null, contact_email: null, contact_phone: null,
      dpo_designated: true, representative: null, headcount: 12, calendar: 'france-alsace-moselle', timezone: 'Europe/Paris',
      lang: 'fr', window_lang: 'fr', notice_minor_days: 7, notice_substantial_days: 30, notice_legal_days: 0, subprocessor_notice_days: 30, subprocessor_notice_unit: 'calendar',
      request_retention_years: 3, extra_holidays: ['2026-06-01'], processor_notice_hours: 48, pecr: false, turnover_gbp: null, ico_direct_debit: false, ico_renewal_on: null, dpo_name: null, dpo_email: null, dpo_designated_on: null, dpo_receipt: null,
      reminder_days: [14, 1, 0], reminder_hours: [], desktop_reminders: false, tray_icon: true, attachment_limit_mb: 50,
    };
    const d = draftFromOrg(org, (c) => (c === 'FR' ? 'France' : c));
    expect(d).toMatchObject({ country: 'France', company_number: '', headcount: '12', notice_legal_days: '0', dpo_designated: true });
    expect(d).toMatchObject({ request_retention_years: '3', extra_holidays: ['2026-06-01'], processor_notice_hours: '48' });
    expect(d).toMatchObject({ reminder_days: '14, 1, 0', reminder_hours: 'none', desktop_reminders: false });
  });

  it('names each field in the window’s language at the time it is asked, for the core’s messages and the audit trail', () => {
    setLang('fr');
    expect([ORG_LABELS.legal_name, ORG_LABELS.lang]).toEqual(['Raison sociale', 'Langue des documents']);
    setLang('en');
    expect([ORG_LABELS.legal_name, ORG_LABELS.lang]).toEqual(['Legal name', 'Document language']);
    expect(Object.keys(ORG_LABELS)).toContain('processor_notice_hours');
  });
});
