import { Article } from './Article';
import { AuditEntry } from './AuditEntry';
import { ChangeCounter } from './ChangeCounter';
import { City } from './City';
import { Location } from './Location';
import { Mediator } from './Mediator';
import { Organization } from './Organization';
import { RateLimit } from './RateLimit';
import { Report } from './Report';
import { ScanCount } from './ScanCount';
import { SceneCode } from './SceneCode';
import { Service } from './Service';
import { Session } from './Session';
import { Update } from './Update';
import { WechatToken } from './WechatToken';
import { AlertsKeyring } from './AlertsKeyring';
import { LoginAttempt } from './LoginAttempt';
import { WechatNonce } from './WechatNonce';
import { UploadedImage } from './UploadedImage';
import { ConsoleDraft } from './ConsoleDraft';
import { InboxConversation } from './InboxConversation';
import { InboxMessage } from './InboxMessage';
import { InboxKey } from './InboxKey';
import { Digest } from './Digest';
import { MassSendMonth } from './MassSendMonth';

export { Article, City, Location, Organization, Service, Update };
export { Mediator, Session, AuditEntry };
export { SceneCode, ScanCount };
export { WechatToken };
export { ChangeCounter };
export { Report, RateLimit };
export { AlertsKeyring, LoginAttempt, WechatNonce };
export { UploadedImage, ConsoleDraft };
export { InboxConversation, InboxMessage, InboxKey };
export { Digest, MassSendMonth };

/** Every entity, for the data source. Add new ones here. */
export const entities = [City, Organization, Service, Location, Article, Update, Mediator, Session, AuditEntry, SceneCode, ScanCount, WechatToken, Report, RateLimit, ChangeCounter, AlertsKeyring, LoginAttempt, WechatNonce, UploadedImage, ConsoleDraft, InboxConversation, InboxMessage, InboxKey, Digest, MassSendMonth];
