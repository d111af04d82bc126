import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMoreButton({ hasNextPage, loading, onLoadMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {t('common.pagination.loadMore')}
      </Button>
    </Center>
  );
}
