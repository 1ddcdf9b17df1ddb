// The window's English messages: one object per area of the window, the reference for every other language.

import { common } from './common';
import { shell } from './shell';
import { dashboard } from './dashboard';
import { setup } from './setup';
import { security } from './security';
import { org } from './org';
import { subprocessors } from './subprocessors';
import { requests } from './requests';
import { deadlines } from './deadlines';
import { breaches } from './breaches';
import { audit } from './audit';
import { activities } from './activities';
import { policies } from './policies';
import { evidence } from './evidence';

export const en = { common, shell, dashboard, setup, security, org, subprocessors, requests, deadlines, breaches, audit, activities, policies, evidence };

/** Every message the window shows, by area: each language has this shape exactly. */
export type Messages = typeof en;
