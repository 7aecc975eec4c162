const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What `/` answers while there is no web app build: a plain page that says so in Chinese and French,
 * and reloads itself while the build that `npm start` began is running. The title is the configured,
 * neutral one. No script (the policy allows none): a meta refresh does the reloading.
 */
export function preparingPage(name: string, building: boolean): string {
  const [zh, fr] = building
    ? ['正在准备，请稍等，本页会自动刷新。', 'Préparation en cours : cette page se recharge toute seule dans quelques instants.']
    : ['网页版还没有生成：请在服务器上运行 npm run build:h5 后刷新本页。', "L'application web n'est pas encore construite : lancez npm run build:h5 sur le serveur, puis rechargez cette page."];
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
${building ? '<meta http-equiv="refresh" content="10">\n' : ''}<title>${escapeHtml(name)}</title>
<style>body{font:18px/1.6 system-ui,sans-serif;margin:0;padding:48px 24px;background:#f7f4f2;color:#2b2b2b}p{max-width:32em;margin:0 auto 16px}</style>
</head>
<body>
<p data-testid="web-app-missing">${zh}</p>
<p lang="fr">${fr}</p>
</body>
</html>
`;
}
