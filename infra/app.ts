// The CDK app: `npm run synth`, `npx cdk deploy -c stage=prod -c issuer=… …` (docs/deploy.md).
// The CLI sets CDK_OUTDIR, so the app synthesizes itself when this module finishes.
import { createJixiaoApp } from './createJixiaoApp';

createJixiaoApp();
