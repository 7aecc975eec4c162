import type { IdentifierKind, ReportCategory, ReportLevel } from '@lotus/server/contract/alerts';
import type { DescriptionLevel } from '@lotus/server/contract/descriptionAlerts';

/** Emoji icons: no image to download, readable before the words. */
export const KIND_ICONS: Record<IdentifierKind, string> = { phone: '📱', wechat: '💬', plate: '🚗', email: '✉️' };

export const CATEGORY_ICONS: Record<ReportCategory, string> = {
  violence: '✋',
  robbery: '👜',
  'non-payment': '💶',
  harassment: '📵',
  'refuses-tools': '🚫',
  stealthing: '⚠️',
  'fake-client': '🎭',
  other: '❓',
};

export const LEVEL_ICONS: Record<ReportLevel, string> = { dangerous: '🔴', risky: '🟠', annoying: '🟡' };

/** Description alerts' levels: three shapes (a note, a triangle, a stop sign), read without colour, always beside their word. */
export const DESCRIPTION_LEVEL_ICONS: Record<DescriptionLevel, string> = { information: 'ℹ️', caution: '⚠️', danger: '🛑' };

/**
 * The lists to show, in display order. contract/alerts.ts also holds zod schemas, so only its types
 * may be imported here (a runtime import would ship zod); a Record over the contract's union still
 * fails tsc when a kind or category is added or removed there.
 */
export const IDENTIFIER_KINDS = Object.keys(KIND_ICONS) as IdentifierKind[];
export const REPORT_CATEGORIES = Object.keys(CATEGORY_ICONS) as ReportCategory[];
export const REPORT_LEVELS = Object.keys(LEVEL_ICONS) as ReportLevel[];
