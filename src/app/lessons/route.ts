// The address of what the page shows, in the URL's hash (it works on any static host and
// sub-path): #/lessons is the index, #/lessons/<id>/<n> step n of a lesson (1-based), #/s/<code> a
// shared scenario, else the sandbox.
export type Route =
  | { readonly page: 'sandbox' }
  | { readonly page: 'shared'; readonly code: string }
  | { readonly page: 'index' }
  | { readonly page: 'lesson'; readonly id: string; readonly step: number | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 's' && parts[1]) return { page: 'shared', code: parts[1] };
  if (parts[0] !== 'lessons') return { page: 'sandbox' };
  const id = parts[1];
  if (!id || !/^[a-z0-9-]+$/.test(id)) return { page: 'index' };
  const n = Number(parts[2]);
  return { page: 'lesson', id, step: Number.isInteger(n) && n >= 1 ? n - 1 : null };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'sandbox':
      return '#/';
    case 'shared':
      return `#/s/${route.code}`;
    case 'index':
      return '#/lessons';
    case 'lesson':
      return `#/lessons/${route.id}${route.step === null ? '' : `/${route.step + 1}`}`;
  }
}
