import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Pick<ButtonProps, 'variant' | 'color' | 'size'> {
  /** The button's text; also its accessible name. */
  children: ReactNode;
  /** Overrides the accessible name when several rows show the same button text. */
  'aria-label'?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => Promise<unknown>;
}

/** A destructive action behind a confirmation dialog (revoke, remove, leave). */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  loading,
  onConfirm,
  ...buttonProps
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);

  const confirm = async () => {
    await onConfirm();
    close();
  };

  return (
    <>
      <Button color="red" variant="light" {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text>{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
