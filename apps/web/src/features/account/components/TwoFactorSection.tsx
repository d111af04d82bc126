import { useState } from 'react';
import { DisableTotpForm } from './DisableTotpForm';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { TotpEnrollment } from './TotpEnrollment';

/**
 * The recovery codes live here, above the on/off switch: once enrollment succeeds the
 * profile says MFA is on, yet the codes must stay on screen until the person has saved
 * them, because the server never shows them again.
 */
export function TwoFactorSection({ mfaEnabled }: { mfaEnabled: boolean }) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes)
    return <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  return mfaEnabled ? <DisableTotpForm /> : <TotpEnrollment onEnabled={setRecoveryCodes} />;
}
