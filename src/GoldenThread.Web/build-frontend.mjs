// Compiles Styles/app.scss with GOV.UK Frontend and copies GOV.UK Frontend's script and assets into wwwroot/lib.
// Output is git-ignored: it is third-party code, built from npm at build time.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = dirname(fileURLToPath(import.meta.url));
const govuk = join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk');
const lib = join(root, 'wwwroot', 'lib');

const result = sass.compile(join(root, 'Styles', 'app.scss'), {
  loadPaths: [join(root, 'node_modules')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
});
mkdirSync(join(root, 'wwwroot', 'css'), { recursive: true });
writeFileSync(join(root, 'wwwroot', 'css', 'app.css'), result.css);

mkdirSync(join(lib, 'govuk-frontend'), { recursive: true });
cpSync(join(govuk, 'assets'), join(lib, 'govuk-frontend', 'assets'), { recursive: true });
cpSync(join(govuk, 'govuk-frontend.min.js'), join(lib, 'govuk-frontend', 'govuk-frontend.min.js'));
mkdirSync(join(lib, 'chart.js'), { recursive: true });
cpSync(join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), join(lib, 'chart.js', 'chart.umd.min.js'));
console.log('GOV.UK Frontend built into wwwroot/css and wwwroot/lib');
