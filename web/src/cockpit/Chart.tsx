import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** A thin ECharts wrapper: sizes with its box, forwards clicks (used for drill-down). */
export function Chart({
  option,
  onClick,
  height = 260,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  onClick?: (name: string, data: unknown) => void;
  height?: number;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, 'dark', { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(ref.current);
    return () => {
      resize.disconnect();
      instance.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, true);
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (p: { name: string; data: unknown }) => onClick(p.name, p.data);
    instance.on('click', handler as never);
    return () => {
      instance.off('click', handler as never);
    };
  }, [onClick]);
  return <div ref={ref} style={{ height, width: '100%' }} data-testid={testId} />;
}
