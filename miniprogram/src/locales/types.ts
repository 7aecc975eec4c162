import type { ReportCategory, ReportLevel, IdentifierKind } from '@lotus/server/contract/alerts';
import type { ArticleCategory, ServiceTag } from '@lotus/server/contract/vocab';
import type { Weekday } from '@lotus/server/contract/hours';
import type { Lang } from '@lotus/server/contract/lang';
import type { DescriptionLevel } from '@lotus/server/contract/descriptionAlerts';

/**
 * Every word the person sees. A CI step screens these files for words WeChat censors, so they are
 * written in the programme's euphemistic register (工具 "tools" for prevention supplies, nothing explicit about harm).
 */
export interface Messages {
  common: {
    /** Neutral share-card title: nothing about the programme. */
    shareTitle: string;
    /** Title bar and H5 tab title on every page: neutral, as the share card, for a screen seen over a shoulder. */
    neutralTitle: string;
    /** Label of the ✕ that opens the neutral page. */
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
    copy: string;
    empty: string;
    cancel: string;
    /** The share button of articles, city pages and the check page (a link on the web, a card in WeChat). */
    share: string;
    /** Said when the browser has no share sheet and the link was copied instead. */
    linkCopied: string;
    /** The language picker's spoken name, said with the current language's own name. */
    language: string;
    /** Names of every language, in this language: the fallback banners name the one shown. */
    langNames: Record<Lang, string>;
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
    /** The badge for a service whose hours nobody has checked: a habit, not a promise. */
    usuallyOpen: string;
    usuallyClosed: string;
    /** The filter chip keeping only services open now. */
    openOnly: string;
    unverified: string;
    verifiedOn: (date: string) => string;
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
    /** Shown when the API answers in another language than the one asked (`fallback`), naming the one shown. */
    fallback: (shown: string) => string;
    /** On the list, when some articles are shown in another language. */
    listFallback: (shown: string) => string;
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
    /** An empty submit: ask for the value, not "invalid". */
    empty: Record<IdentifierKind, string>;
    notReported: string;
    reported: (count: number) => string;
    /** Reports not yet checked by the team: never a number, never a level. */
    unconfirmedOnly: string;
    unconfirmedMore: string;
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
    /** Under "what happened": she may tap several. */
    severalCategories: string;
    stepMore: string;
    howBad: string;
    city: string;
    noCity: string;
    month: string;
    noMonth: string;
    /** A month chip: YYYY-MM in the reader's words ("2026年11月"). */
    monthLabel: (year: number, month: number) => string;
    /** Several categories may be chosen. */
    manyCategories: string;
    details: string;
    detailsPlaceholder: string;
    next: string;
    previous: string;
    send: string;
    sending: string;
    sent: string;
    reference: string;
    referenceHelp: string;
    copyReference: string;
    /** Exactly what the server keeps of a report, and for how long. */
    kept: string;
    queued: string;
    queuedHelp: string;
    rejected: string;
    pending: (n: number) => string;
    sendNow: string;
    discard: string;
    myReports: string;
    withdraw: string;
    withdrawConfirmTitle: string;
    withdrawConfirm: string;
    withdrawn: string;
    newReport: string;
  };
  emergency: {
    title: string;
    intro: string;
    /** One line per number: what it is, said plainly, so she chooses knowingly. */
    numbers: Record<'112' | '15' | '17' | '115' | '119' | '3114' | '3919', { label: string; hint: string }>;
    call: (n: string) => string;
    programme: string;
    programmeHint: string;
    /** When no direct line is configured: write to the team instead. */
    programmeWrite: string;
    programmeWriteHint: string;
    emailCopied: string;
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
    /** Where the quick exit leads and the way back, said once, quietly. */
    exitTitle: string;
    exit: string;
  };
  /** The neutral page shown by the quick exit: an ordinary recipe card. */
  neutral: {
    title: string;
    dish: string;
    ingredients: string[];
    steps: string[];
    tip: string;
  };
  /** Alerts by description: the "最近的提醒" page, its Home tile and links, and the form that sends one. */
  alerts: {
    title: string;
    intro: string;
    tile: string;
    tileHint: string;
    city: string;
    none: string;
    /** Words beside the level's icon: never a colour alone. */
    levels: Record<DescriptionLevel, string>;
    area: (area: string) => string;
    /** Under the list: send one too. */
    reportOne: string;
    checkNumber: string;
    /** On the check page: alerts without a number. */
    fromCheck: string;
    /** On the report page: the way to the description form. */
    noNumber: string;
    noNumberHint: string;
    formTitle: string;
    formIntro: string;
    whichCity: string;
    chooseCity: string;
    areaLabel: string;
    areaPlaceholder: string;
    describe: string;
    describePlaceholder: string;
    noIdentifiers: string;
    needText: string;
    sent: string;
    haveNumber: string;
  };
  /** City alerts by WeChat subscription message (components/AlertSubscribe.tsx). */
  subscribe: {
    /** The button: one message at the next alert in these cities. */
    button: string;
    /** Under it: what it does; `cities` are their names. */
    hint: (cities: string) => string;
    on: (cities: string) => string;
    /** Withdraws it in one tap. */
    off: string;
    /** After a message came: offered once, in place. */
    renew: string;
    renewButton: string;
    dismiss: string;
    /** She said no in WeChat's dialog. */
    declined: string;
    withdrawn: string;
    failed: string;
  };
}
