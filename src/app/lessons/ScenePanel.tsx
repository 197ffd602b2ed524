// The lesson's picture beside the stage, for steps that ask for it (a step's `view`).
import { useState } from 'react';
import { useAppStore } from '../store/StoreContext';
import { IntegrationsScene } from './scenes/IntegrationsScene';
import { DeliveryScene, ServicesScene, WindowsScene } from './scenes/TallyScenes';
import { TrucksScene } from './scenes/TrucksScene';

export function ScenePanel() {
  const config = useAppStore((s) => s.lesson?.scene);
  const view = useAppStore((s) =>
    s.lessonStatus ? s.lesson?.steps[s.lessonStatus.step]?.view : undefined,
  );
  const data = useAppStore((s) => s.scene);
  // The picture covers part of the stage: it can be folded away to see what lies under it.
  const [folded, setFolded] = useState(false);
  if (!config || !view) return null;
  if (folded)
    return (
      <button type="button" className="scene-unfold" onClick={() => setFolded(false)}>
        Show the lesson's picture
      </button>
    );
  return (
    <section className="scene-panel" aria-label="Lesson picture" data-testid="scene">
      <button
        type="button"
        className="scene-fold"
        onClick={() => setFolded(true)}
        aria-label="Hide the lesson's picture"
        title="Hide (to see the stage under it)"
      >
        ×
      </button>
      {config.kind === 'integrations' && <IntegrationsScene view={view} />}
      {config.kind === 'trucks' && data?.kind === 'trucks' && (
        <TrucksScene data={data} config={config} />
      )}
      {config.kind === 'services' && data?.kind === 'services' && (
        <ServicesScene data={data} config={config} />
      )}
      {config.kind === 'windows' && data?.kind === 'windows' && (
        <WindowsScene data={data} windowMs={config.windowMs} />
      )}
      {config.kind === 'delivery' && data?.kind === 'delivery' && <DeliveryScene data={data} />}
    </section>
  );
}
