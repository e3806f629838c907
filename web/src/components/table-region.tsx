import { Box } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone; focusable so keyboard users can scroll it too. */
export function TableRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}

/**
 * For the first cell of each row of a table in a `TableRegion`: it stays in view while the sums scroll sideways,
 * so on a phone every figure still shows whose it is. Opaque, as the scrolled cells pass under it.
 */
export const stickyCell: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  maxWidth: '40vw',
  background: 'var(--mantine-color-body)',
};
