// 4 source systems and 6 target systems: wired to each other (24 integrations), or each to Kafka (10).
const SOURCES = ['Orders DB', 'Web app', 'Payments', 'Sensors'];
const TARGETS = ['Analytics', 'Search', 'Billing', 'Email', 'Audit', 'Data lake'];
const W = 360;
const H = 200;

export function IntegrationsScene({ view }: { readonly view: string }) {
  const hub = view === 'hub';
  const sy = (i: number) => 30 + i * 46;
  const ty = (i: number) => 18 + i * 33;
  const links = hub
    ? [
        ...SOURCES.map((_, i) => [92, sy(i), W / 2 - 28, H / 2] as const),
        ...TARGETS.map((_, j) => [W / 2 + 28, H / 2, W - 92, ty(j)] as const),
      ]
    : SOURCES.flatMap((_, i) => TARGETS.map((_, j) => [92, sy(i), W - 92, ty(j)] as const));
  const label = hub
    ? '4 + 6 = 10 connections, all to Kafka'
    : '4 × 6 = 24 point-to-point integrations';
  return (
    <figure className="scene-integrations">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {links.map(([x1, y1, x2, y2], i) => (
          <line
            key={i}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            className={hub ? 'link-hub' : 'link-tangle'}
          />
        ))}
        {SOURCES.map((s, i) => (
          <g key={s} transform={`translate(4 ${sy(i) - 11})`}>
            <rect width="88" height="22" rx="4" className="system" />
            <text x="44" y="15" textAnchor="middle">
              {s}
            </text>
          </g>
        ))}
        {TARGETS.map((t, j) => (
          <g key={t} transform={`translate(${W - 92} ${ty(j) - 11})`}>
            <rect width="88" height="22" rx="4" className="system" />
            <text x="44" y="15" textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        {hub && (
          <g transform={`translate(${W / 2 - 28} ${H / 2 - 20})`}>
            <rect width="56" height="40" rx="6" className="kafka-hub" />
            <text x="28" y="25" textAnchor="middle">
              Kafka
            </text>
          </g>
        )}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
