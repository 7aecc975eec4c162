import { Init1763900000000 } from './1763900000000-Init';
import { Console1763900100000 } from './1763900100000-Console';
import { WechatToken1763900150000 } from './1763900150000-WechatToken';
import { Alerts1763900200000 } from './1763900200000-Alerts';
import { AlertsUnloggedRateLimits1763900200001 } from './1763900200001-AlertsUnloggedRateLimits';
import { Flyers1763900300000 } from './1763900300000-Flyers';
import { ServiceVerifiedOn1764500200000 } from './1764500200000-ServiceVerifiedOn';
import { Hardening1764500300000 } from './1764500300000-Hardening';
import { ConsoleAccountsPublishing1764500400000 } from './1764500400000-ConsoleAccountsPublishing';
import { UploadedImages1764500400001 } from './1764500400001-UploadedImages';
import { ConsoleDrafts1764500400002 } from './1764500400002-ConsoleDrafts';
import { ChangeCounters1764500600000 } from './1764500600000-ChangeCounters';
import { Inbox1764500700000 } from './1764500700000-Inbox';
import { InboxKey1764500700001 } from './1764500700001-InboxKey';
import { ReportCategories1764500800000 } from './1764500800000-ReportCategories';
import { JobQueue1764600000000 } from './1764600000000-JobQueue';
import { AlertSubscriptions1764600000001 } from './1764600000001-AlertSubscriptions';
import { SubscriptionsKey1764600000002 } from './1764600000002-SubscriptionsKey';
import { AlertQueues1764600000003 } from './1764600000003-AlertQueues';
import { DescriptionAlerts1764610000000 } from './1764610000000-DescriptionAlerts';
import { Digests1764620000000 } from './1764620000000-Digests';
import { ArticleScreening1764630000000 } from './1764630000000-ArticleScreening';
import { MediatorLockoutDrop1764700000000 } from './1764700000000-MediatorLockoutDrop';

/** Every migration, in order. A new one is added at the end; a committed one is never edited. */
export const migrations: Function[] = [Init1763900000000, Console1763900100000, WechatToken1763900150000, Alerts1763900200000, AlertsUnloggedRateLimits1763900200001, Flyers1763900300000, ServiceVerifiedOn1764500200000, Hardening1764500300000, ConsoleAccountsPublishing1764500400000, UploadedImages1764500400001, ConsoleDrafts1764500400002, ChangeCounters1764500600000, Inbox1764500700000, InboxKey1764500700001, ReportCategories1764500800000, JobQueue1764600000000, AlertSubscriptions1764600000001, SubscriptionsKey1764600000002, AlertQueues1764600000003, DescriptionAlerts1764610000000, Digests1764620000000, ArticleScreening1764630000000, MediatorLockoutDrop1764700000000];
