import type { ReportLevel } from '../contract/alerts';
import type { Lang } from '../contract/lang';

export type AdviceKey = 'none' | 'unconfirmed' | ReportLevel;

/**
 * What a check answers, by what is known. These reach WeChat users: a soft register, no words for
 * violence or the police, 工具 for condoms (CI screens this file). Chinese first.
 */
export const ADVICE: Record<AdviceKey, Record<Lang, string>> = {
  none: {
    'zh-Hans': '目前没有关于这个联系方式的提醒。没有提醒不等于一定放心：见面前把地点告诉一位信得过的朋友，感觉不对就别去。',
    fr: 'Aucune alerte pour le moment. Cela ne garantit rien : dites à une amie où vous allez et fiez-vous à votre intuition.',
    en: 'No alerts for now. That is no guarantee: tell a friend where you are going and trust your instincts.',
  },
  unconfirmed: {
    'zh-Hans': '有姐妹提过这个联系方式，团队还在核实。请多留个心眼，见面前让朋友知道你在哪里。',
    fr: "Quelqu'un a signalé ce contact ; l'équipe vérifie encore. Restez prudente et dites à une amie où vous serez.",
    en: 'Someone has mentioned this contact; the team is still checking. Take care and let a friend know where you will be.',
  },
  annoying: {
    'zh-Hans': '有姐妹提醒过这个人，可能比较麻烦，比如不守约定。见面前把条件说清楚。',
    fr: 'Ce contact a été signalé comme pénible, par exemple pour ne pas respecter ce qui était convenu. Fixez clairement les conditions avant.',
    en: 'This contact has been flagged as difficult, for example for not keeping to what was agreed. Settle everything clearly beforehand.',
  },
  risky: {
    'zh-Hans': '有姐妹提醒要小心这个人。如果决定见面，把时间和地点告诉朋友，手机带在身边，随时可以离开。',
    fr: "Ce contact a été signalé comme risqué. Si vous le voyez, donnez l'heure et le lieu à une amie et gardez votre téléphone sur vous.",
    en: 'This contact has been flagged as risky. If you meet, tell a friend when and where, and keep your phone with you.',
  },
  dangerous: {
    'zh-Hans': '有姐妹提醒：这个人很不安全，建议不要见面。需要帮忙时可以联系莲花巴士。',
    fr: 'Ce contact a été signalé comme dangereux : mieux vaut ne pas le rencontrer. Le Lotus Bus est là si vous avez besoin d’aide.',
    en: 'This contact has been flagged as dangerous: better not to meet. The Lotus Bus is here if you need help.',
  },
};
