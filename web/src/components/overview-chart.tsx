import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';

export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

/**
 * Bars from @mantine/charts; a picture only, hidden from screen readers: the data table next to it says the same.
 */
export function OverviewChart({
  data,
  dataKey,
  series,
  stacked = false,
  height = 260,
}: {
  data: Record<string, string | number>[];
  dataKey: string;
  series: readonly ChartSeries[];
  stacked?: boolean;
  height?: number;
}) {
  return (
    <Box aria-hidden style={{ overflowX: 'auto' }}>
      <Box miw={320}>
        <BarChart
          h={height}
          data={data}
          dataKey={dataKey}
          type={stacked ? 'stacked' : 'default'}
          series={series.map(({ name, label, color }) => ({ name, label, color }))}
          withLegend
          tickLine="y"
          gridAxis="y"
          // the chart is hidden from assistive technology, so it must not take keyboard focus either
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
    </Box>
  );
}
