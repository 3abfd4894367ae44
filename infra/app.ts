// The CDK app: `npm run synth`, `npx cdk deploy -c stage=prod -c issuer=… …` (docs/deploy.md).
// The CLI sets CDK_OUTDIR, so the app synthesizes itself when this module finishes.
import { createJixiaoApp } from './createJixiaoApp';
import { InvalidSettingsError } from './readSettings';

try {
  createJixiaoApp();
} catch (error) {
  if (!(error instanceof InvalidSettingsError)) throw error;
  // The message already lists every problem and the flag that fixes it; a stack trace adds nothing.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
