import { describe, expect, it } from 'vitest';
import { ApiFailure } from './api';
import { fieldMessage, fingerprint, firstInvalid, focusField, formErrors, toggled, withoutError } from './forms';
import { invalid } from '../test/failures';

const labels = { name: 'Name', country: 'Country of establishment', website: 'Website' };

describe('fieldMessage', () => {
  it('puts the label before a reason that continues a sentence', () => {
    expect(fieldMessage('Name', "is required: the subprocessor's name")).toBe("Name is required: the subprocessor's name");
    expect(fieldMessage('Notes', 'is too long (12000 characters; at most 10000)')).toBe('Notes is too long (12000 characters; at most 10000)');
  });

  it('leaves a reason that stands alone as it is', () => {
    expect(fieldMessage('Country', "'Narnia' is not a country we know")).toBe("'Narnia' is not a country we know");
    expect(fieldMessage('Website', 'not a web address')).toBe('Not a web address');
    expect(fieldMessage('Customers', "a customer's processing is given without the customer's name")).toBe(
      "A customer's processing is given without the customer's name",
    );
  });

  it('puts the label before a French reason that continues a sentence, and only there', () => {
    expect(fieldMessage('Nom', 'est obligatoire\u00a0: le nom du sous-traitant')).toBe('Nom est obligatoire\u00a0: le nom du sous-traitant');
    expect(fieldMessage('Exceptions', 'sont obligatoires pour ne pas informer les personnes')).toBe(
      'Exceptions sont obligatoires pour ne pas informer les personnes',
    );
    expect(fieldMessage('Phase', "ne s'applique qu'aux notifications à l'autorité")).toBe("Phase ne s'applique qu'aux notifications à l'autorité");
    expect(fieldMessage('Date', "n'est pas renseignée")).toBe("Date n'est pas renseignée");
    expect(fieldMessage('Notes', 'contient un caractère de contrôle')).toBe('Notes contient un caractère de contrôle');
    expect(fieldMessage('Destinataires', "compte trop d'éléments (250\u00a0; 200 au plus)")).toBe("Destinataires compte trop d'éléments (250\u00a0; 200 au plus)");
    expect(fieldMessage('Notes', 'contains a control character')).toBe('Notes contains a control character');
    // Standing alone: a quoted value, an article, a word that only starts like a verb.
    expect(fieldMessage('Pays', "«\u00a0Narnia\u00a0» n'est pas un pays que nous connaissons")).toBe("«\u00a0Narnia\u00a0» n'est pas un pays que nous connaissons");
    expect(fieldMessage('Statut', 'la violation n°\u00a04 est ouverte')).toBe('La violation n°\u00a04 est ouverte');
    expect(fieldMessage('Droits', 'néant')).toBe('Néant');
    expect(fieldMessage('Nom', 'estimé trop court')).toBe('Estimé trop court');
  });
});

describe('formErrors', () => {
  it('puts each known field next to its input and the others in the summary', () => {
    const e = formErrors(invalid({ country: "'Narnia' is not a country we know", name: 'is required', format: "'xml' is not csv or json" }), labels);
    expect(e.byField).toEqual({ country: "'Narnia' is not a country we know", name: 'Name is required' });
    expect(e.summary).toEqual(["'xml' is not csv or json"]);
  });

  it('joins two reasons for the same field', () => {
    const twice = [{ field: 'name', reason: 'is required' }, { field: 'name', reason: 'is too long' }];
    const e = formErrors(new ApiFailure({ code: 'invalid', message: 'invalid', fields: twice }), labels);
    expect(e.byField.name).toBe('Name is required Name is too long');
  });

  it('shows the message of a failure that names no field', () => {
    const e = formErrors(new ApiFailure({ code: 'failed', message: 'database is locked', fields: [] }), labels);
    expect(e).toEqual({ byField: {}, summary: ['Database is locked'] });
    expect(formErrors(new Error('network'), labels).summary).toEqual(['Network']);
    // As the shell rejects a call: a plain object, not an ApiFailure.
    expect(formErrors({ code: 'failed', message: 'database is locked', fields: [] }, {}).summary).toEqual(['Database is locked']);
  });
});

describe('firstInvalid', () => {
  it('follows the form order, not the order of the errors', () => {
    expect(firstInvalid(['name', 'country', 'website'], { website: 'x', country: 'y' })).toBe('country');
    expect(firstInvalid(['name'], {})).toBeNull();
  });
});

describe('toggled', () => {
  const natures = [{ value: 'confidentiality' }, { value: 'integrity' }, { value: 'availability' }];

  it('keeps multiple choices in the order they are offered, whatever the order they are ticked in', () => {
    expect(toggled([], 'availability', true, natures)).toEqual(['availability']);
    expect(toggled(['availability'], 'confidentiality', true, natures)).toEqual(['confidentiality', 'availability']);
    expect(toggled(['confidentiality', 'availability'], 'confidentiality', false, natures)).toEqual(['availability']);
    expect(toggled(['integrity'], 'integrity', true, natures)).toEqual(['integrity']);
  });
});

describe('withoutError and fingerprint', () => {
  it('drops the message of the field the user changed and keeps the rest', () => {
    const errors = { byField: { name: 'Name is required', country: 'Unknown' }, summary: ['x'] };
    expect(withoutError(errors, 'name')).toEqual({ byField: { country: 'Unknown' }, summary: ['x'] });
    expect(withoutError(errors, 'website')).toBe(errors);
  });

  it('tells a changed form from the one loaded', () => {
    const loaded = fingerprint({ name: 'AWS', tags: ['a'] });
    expect(fingerprint({ name: 'AWS', tags: ['a'] })).toBe(loaded);
    expect(fingerprint({ name: 'AWS', tags: ['a', 'b'] })).not.toBe(loaded);
  });
});

describe('focusField', () => {
  it('focuses the control of the field, by id or as the first box of its group', () => {
    document.body.innerHTML = `<input id="sp-name"><div data-field="nature"><input type="checkbox" id="br-nature-a"></div>`;
    focusField('sp', 'name');
    expect(document.activeElement?.id).toBe('sp-name');
    focusField('br', 'nature');
    expect(document.activeElement?.id).toBe('br-nature-a');
    document.body.innerHTML = '';
  });
});
