import { createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

// Darker shades than Mantine's defaults keep text on filled buttons and links above the WCAG AA 4.5:1 contrast.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  components: {
    // the close button is an icon: screen readers need its name
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Закрыть' } } }),
  },
});

// Mantine's dimmed grey (gray.6 on white) is only 3.3:1; gray.7 reads as secondary text and passes AA.
// Its error red (red.6, 3.3:1) likewise gives way to red.9 for field errors and required asterisks; a red button
// is red.9 too, as white on red.8 (the primary shade) is 4.45:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
