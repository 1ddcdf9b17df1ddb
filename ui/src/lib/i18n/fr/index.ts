// The window's French messages, key for key as the English ones.

import type { Messages } from '../en';
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

export const fr: Messages = { common, shell, dashboard, setup, security, org, subprocessors, requests, deadlines, breaches, audit, activities, policies, evidence };
