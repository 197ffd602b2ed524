// The lesson's picture beside the stage, for steps that ask for it (a step's `view`).
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
  if (!config || !view) return null;
  return (
    <section className="scene-panel" aria-label="Lesson picture" data-testid="scene">
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
