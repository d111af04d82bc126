import { Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SIZE = 200;

/** The otpauth:// URI as a QR code image; the library loads only when someone enrols. */
export function TotpQrCode({ otpauthUri }: { otpauthUri: string }) {
  const { t } = useTranslation('account');
  const [source, setSource] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then(({ toDataURL }) => toDataURL(otpauthUri, { width: SIZE, margin: 2, errorCorrectionLevel: 'M' }))
      .then((url) => {
        if (current) setSource(url);
      });
    return () => {
      current = false;
    };
  }, [otpauthUri]);

  if (!source) return <Skeleton width={SIZE} height={SIZE} />;
  return <img src={source} width={SIZE} height={SIZE} alt={t('account.twoFactor.qrAlt')} />;
}
