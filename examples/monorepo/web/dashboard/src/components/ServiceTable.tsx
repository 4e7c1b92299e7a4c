import type { ServiceStatus } from '../api/generated/models'

interface Props {
  services: ServiceStatus[]
}

const formatLatency = (ms: number) => (ms < 1 ? '<1 ms' : `${Math.round(ms)} ms`)

export function ServiceTable({ services }: Props) {
  const sorted = [...services].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <table>
      <thead>
        <tr>
          <th>Service</th>
          <th>Replicas</th>
          <th>p99</th>
          <th>Error rate</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((s) => (
          <tr key={s.name} className={s.errorRate > 0.01 ? 'degraded' : undefined}>
            <td>{s.name}</td>
            <td>{s.replicas}</td>
            <td>{formatLatency(s.p99Ms)}</td>
            <td>{(s.errorRate * 100).toFixed(2)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
