import type { ReportCategory, ReportLevel, IdentifierKind } from '@lotus/server/contract/alerts';
import type { ArticleCategory, ServiceTag } from '@lotus/server/contract/vocab';
import type { Weekday } from '@lotus/server/contract/hours';

/**
 * Every word the person sees. A CI step screens these files for words WeChat censors, so they are
 * written in the programme's euphemistic register (工具 "tools" for prevention supplies, nothing explicit about harm).
 */
export interface Messages {
  /** Shown in the language switch, in its own language. */
  langName: string;
  /** Label of this language in the switch on every page. */
  langShort: string;
  common: {
    /** Neutral share-card title: nothing about the programme. */
    shareTitle: string;
    quickExit: string;
    loading: string;
    retry: string;
    back: string;
    /** "updated 3 h ago", shown with cached data. */
    updatedAgo: (ago: string) => string;
    offlineSaved: (ago: string) => string;
    justNow: string;
    minutesAgo: (n: number) => string;
    hoursAgo: (n: number) => string;
    daysAgo: (n: number) => string;
    loadFailed: string;
    noNetwork: string;
    copied: string;
    empty: string;
  };
  home: {
    title: string;
    updates: string;
    noUpdates: string;
    moreUpdates: (n: number) => string;
    tiles: { directory: string; articles: string; check: string; emergency: string; report: string; about: string };
    tileHints: { directory: string; articles: string; check: string; emergency: string; report: string; about: string };
  };
  directory: {
    title: string;
    chooseCity: string;
    changeCity: string;
    search: string;
    allTags: string;
    openNow: string;
    closedNow: string;
    services: (n: number) => string;
    noResults: string;
    mobile: string;
  };
  service: {
    title: string;
    hours: string;
    noHours: string;
    languages: string;
    call: string;
    map: string;
    copyAddress: string;
    closures: string;
    closedFromTo: (from: string, to: string) => string;
    notFound: string;
    website: string;
    closedDay: string;
  };
  weekdays: Record<Weekday, string>;
  tags: Record<ServiceTag, string>;
  /** Names of the languages spoken at a service, by BCP 47 tag; unknown tags are shown as is. */
  spoken: Record<string, string>;
  articles: {
    title: string;
    all: string;
    noArticles: string;
    fallback: string;
    textSize: string;
    bigger: string;
    smaller: string;
    notFound: string;
  };
  categories: Record<ArticleCategory, string>;
  check: {
    title: string;
    intro: string;
    kinds: Record<IdentifierKind, string>;
    placeholders: Record<IdentifierKind, string>;
    region: string;
    regions: { FR: string; CN: string };
    submit: string;
    checking: string;
    invalid: Record<IdentifierKind, string>;
    notReported: string;
    reported: (count: number) => string;
    unconfirmed: (count: number) => string;
    lastReported: (month: string) => string;
    levelLabel: string;
    whatHappened: string;
    advice: string;
    reportThis: string;
  };
  levels: Record<ReportLevel, string>;
  reportCategories: Record<ReportCategory, string>;
  report: {
    title: string;
    anonymous: string;
    step: (n: number, of: number) => string;
    stepWho: string;
    stepWhat: string;
    stepMore: string;
    howBad: string;
    city: string;
    noCity: string;
    month: string;
    noMonth: string;
    details: string;
    detailsPlaceholder: string;
    next: string;
    previous: string;
    send: string;
    sending: string;
    sent: string;
    reference: string;
    referenceHelp: string;
    queued: string;
    queuedHelp: string;
    rejected: string;
    pending: (n: number) => string;
    sendNow: string;
    discard: string;
    myReports: string;
    withdraw: string;
    withdrawn: string;
    newReport: string;
  };
  emergency: {
    title: string;
    intro: string;
    call112: string;
    call112Hint: string;
    call15: string;
    call15Hint: string;
    call17: string;
    call17Hint: string;
    programme: string;
    programmeHint: string;
    sms114: string;
    sms114Hint: string;
    sms114Copied: string;
    pep: string;
    pepHint: string;
  };
  about: {
    title: string;
    whoTitle: string;
    who: string;
    historyTitle: string;
    history: string;
    readMore: string;
    contactTitle: string;
    copyEmail: string;
    privacyTitle: string;
    privacy: string;
  };
  /** The neutral page shown by the quick exit: an ordinary recipe card. */
  neutral: {
    title: string;
    dish: string;
    ingredients: string[];
    steps: string[];
    tip: string;
  };
}
