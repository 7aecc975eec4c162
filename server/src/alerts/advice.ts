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
    es: 'Por ahora no hay alertas. Eso no es una garantía: dile a una amiga adónde vas y fíate de tu intuición.',
    pt: 'Por enquanto não há alertas. Isso não é garantia: diga a uma amiga aonde você vai e confie no seu instinto.',
    ro: 'Deocamdată nu există nicio alertă. Asta nu e o garanție: spune-i unei prietene unde mergi și ai încredere în instinctul tău.',
    bg: 'Засега няма сигнали. Това не е гаранция: кажи на приятелка къде отиваш и се довери на инстинкта си.',
  },
  unconfirmed: {
    'zh-Hans': '有姐妹提过这个联系方式，团队还在核实。请多留个心眼，见面前让朋友知道你在哪里。',
    fr: "Quelqu'un a signalé ce contact ; l'équipe vérifie encore. Restez prudente et dites à une amie où vous serez.",
    en: 'Someone has mentioned this contact; the team is still checking. Take care and let a friend know where you will be.',
    es: 'Alguien ha señalado este contacto; el equipo todavía lo está comprobando. Ten cuidado y dile a una amiga dónde vas a estar.',
    pt: 'Alguém sinalizou este contato; a equipe ainda está verificando. Tome cuidado e diga a uma amiga onde você vai estar.',
    ro: 'Cineva a semnalat acest contact; echipa încă verifică. Fii prudentă și spune-i unei prietene unde vei fi.',
    bg: 'Някой е сигнализирал за този контакт; екипът още проверява. Внимавай и кажи на приятелка къде ще бъдеш.',
  },
  annoying: {
    'zh-Hans': '有姐妹提醒过这个人，可能比较麻烦，比如不守约定。见面前把条件说清楚。',
    fr: 'Ce contact a été signalé comme pénible, par exemple pour ne pas respecter ce qui était convenu. Fixez clairement les conditions avant.',
    en: 'This contact has been flagged as difficult, for example for not keeping to what was agreed. Settle everything clearly beforehand.',
    es: 'Este contacto ha sido señalado como problemático, por ejemplo por no respetar lo acordado. Deja las condiciones claras antes.',
    pt: 'Este contato foi sinalizado como difícil, por exemplo por não respeitar o que foi combinado. Deixe as condições claras antes.',
    ro: 'Acest contact a fost semnalat ca neplăcut, de exemplu pentru că nu respectă ce s-a convenit. Stabilește clar condițiile dinainte.',
    bg: 'За този контакт е сигнализирано, че създава проблеми, например не спазва уговореното. Уточни ясно условията предварително.',
  },
  risky: {
    'zh-Hans': '有姐妹提醒要小心这个人。如果决定见面，把时间和地点告诉朋友，手机带在身边，随时可以离开。',
    fr: "Ce contact a été signalé comme risqué. Si vous le voyez, donnez l'heure et le lieu à une amie et gardez votre téléphone sur vous.",
    en: 'This contact has been flagged as risky. If you meet, tell a friend when and where, and keep your phone with you.',
    es: 'Este contacto ha sido señalado como arriesgado. Si lo ves, dile a una amiga la hora y el lugar, y lleva el teléfono contigo.',
    pt: 'Este contato foi sinalizado como arriscado. Se for encontrá-lo, diga a uma amiga a hora e o local, e fique com o celular.',
    ro: 'Acest contact a fost semnalat ca riscant. Dacă te întâlnești cu el, spune-i unei prietene ora și locul și ține telefonul la tine.',
    bg: 'За този контакт е сигнализирано, че е рисков. Ако се срещнеш с него, кажи на приятелка кога и къде и дръж телефона си у теб.',
  },
  dangerous: {
    'zh-Hans': '有姐妹提醒：这个人很不安全，建议不要见面。需要帮忙时可以联系莲花巴士。',
    fr: 'Ce contact a été signalé comme dangereux : mieux vaut ne pas le rencontrer. Le Lotus Bus est là si vous avez besoin d’aide.',
    en: 'This contact has been flagged as dangerous: better not to meet. The Lotus Bus is here if you need help.',
    es: 'Este contacto ha sido señalado como peligroso: mejor no verlo. El Lotus Bus está aquí si necesitas ayuda.',
    pt: 'Este contato foi sinalizado como perigoso: é melhor não encontrá-lo. O Lotus Bus está aqui se você precisar de ajuda.',
    ro: 'Acest contact a fost semnalat ca periculos: mai bine nu te întâlni cu el. Lotus Bus este aici dacă ai nevoie de ajutor.',
    bg: 'За този контакт е сигнализирано, че е опасен: по-добре не се срещай с него. Lotus Bus е тук, ако имаш нужда от помощ.',
  },
};
