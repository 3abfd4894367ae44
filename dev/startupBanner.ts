import { roleLabels } from '../domain/model/role';
import type { LocalSystem } from './startLocalSystem';

/** The line tests and scripts wait for: everything is listening. */
export const readyLine = '已就绪 / Ready';

const width = (text: string): number => [...text].reduce((sum, char) => sum + (/[\u1100-\uffe6]/.test(char) ? 2 : 1), 0);
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));

/** A plain-text table whose columns line up in a terminal, counting CJK characters as two columns. */
const table = (rows: string[][]): string => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? '')))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ')}`.trimEnd()).join('\n');
};

/**
 * What `npm start` prints once everything runs: the URLs, the demo users, and how to sideload the
 * add-in into Excel (zh first, then en).
 */
export const startupBanner = (system: LocalSystem, options: { dataDir: string; regionNames: Record<string, string>; departmentNames: Record<string, string> }): string => {
  const users = table([
    ['用户 subject', '姓名 name', '角色 role', '地区 region', '部门 department'],
    ...system.demoUsers.map((user) => [
      user.subject,
      user.name,
      user.roles.map((role) => `${roleLabels[role].zh} ${role}`).join(', '),
      options.regionNames[user.regionId] ?? user.regionId,
      user.departmentId === undefined ? '—' : (options.departmentNames[user.departmentId] ?? user.departmentId),
    ]),
  ]);
  const addin = system.addinUrl ?? '（未启动 / not served）';
  return [
    '',
    '绩效 Jixiao 本地系统 / local system',
    '',
    `  API（HTTP）:          ${system.apiUrl}/v1`,
    `  任务窗格 Task pane:    ${addin}/taskpane.html`,
    `  离线填报 Offline:      ${addin}/offline.html  (无加载项时在浏览器中下载/上传 / download and upload in a browser, no add-in)`,
    `  身份服务 Issuer:       ${system.issuerUrl}  (OpenID Connect: ${system.issuerUrl}/.well-known/openid-configuration)`,
    `  DynamoDB Local:       ${system.dynamoEndpoint}  表 table: ${system.tableName}`,
    `  数据目录 Data folder:  ${options.dataDir}  (${system.seeded > 0 ? `已写入演示数据 ${system.seeded} 条 / seeded ${system.seeded} items` : '演示数据已存在 / demo data already present'})`,
    '',
    '演示用户 / Demo users (登录时在身份服务的登录页中选择 / pick one on the issuer\'s sign-in page):',
    users,
    '',
    ...(system.certificateWarning === undefined ? [] : ['证书 / Certificate:', `  ${system.certificateWarning.zh}`, `  ${system.certificateWarning.en}`, '']),
    '在 Excel 中加载（旁加载）manifest.xml：',
    '  Excel 桌面版（Windows/Mac）：另开终端运行  npx office-addin-debugging start manifest.xml desktop',
    '  Excel 桌面版（Windows，共享文件夹目录）：将 manifest.xml 所在文件夹共享，在 文件 → 选项 → 信任中心 →',
    '    信任中心设置 → 受信任的加载项目录 中添加该共享路径并勾选“显示在菜单中”，重启 Excel 后在',
    '    插入 → 我的加载项 → 共享文件夹 中选择“绩效”。',
    '  Excel 网页版：插入 → 加载项 → 我的加载项 → 上传我的加载项，选择 manifest.xml。',
    'Sideload manifest.xml into Excel:',
    '  Excel desktop (Windows/Mac): in another terminal run  npx office-addin-debugging start manifest.xml desktop',
    '  Excel desktop (Windows, shared-folder catalog): share the folder holding manifest.xml, add its network path',
    '    under File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs with "Show in Menu",',
    '    restart Excel, then Insert → My Add-ins → Shared Folder → 绩效.',
    '  Excel on the web: Insert → Add-ins → My Add-ins → Upload My Add-in, and choose manifest.xml.',
    '',
    '按 Ctrl-C 停止（或另开终端运行 npm run stop）。 Press Ctrl-C to stop (or run npm run stop).',
    readyLine,
  ].join('\n');
};
