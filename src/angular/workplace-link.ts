/**
 * spUserPresence's side of the spPresenceWorkplace provider: takes the workplace when the
 * provider registers it, and otherwise looks the provider up on the page's injector at first
 * need, so a dot that shows office days works wherever any widget of the page lists the
 * provider. Without it on the page: one console line that names it.
 */
import { PresenceEngine } from '../core/engine';
import { Workplace, WorkplaceKit } from '../core/workplace/workplace';
import { OfficeMarker } from '../dom/office-marker';

export const WORKPLACE_PROVIDER = 'spPresenceWorkplace';
export const NO_WORKPLACE_LINE =
  '[sp-presence] office days, following and recent activities need the Angular Provider ' +
  WORKPLACE_PROVIDER +
  " on this page (add it to the widget's Angular Providers): none are shown";

export interface WorkplaceLink {
  use(create: (kit: WorkplaceKit) => Workplace, marker: OfficeMarker): void;
  /** The workplace, or undefined (said once) when no provider brings it. */
  get(): Workplace | undefined;
  /** What draws a dot's office marker, once the workplace is here. */
  marker(): OfficeMarker | undefined;
}

export function linkWorkplace(
  $injector: angular.auto.IInjectorService,
  engine: PresenceEngine,
  kit: WorkplaceKit
): WorkplaceLink {
  let workplace: Workplace | undefined;
  let drawer: OfficeMarker | undefined;
  let missingSaid = false;
  return {
    use: function (create, marker) {
      if (!workplace) {
        drawer = marker;
        workplace = create(kit);
        engine.addSource(workplace.office);
      }
    },
    get: function () {
      if (!workplace && $injector.has(WORKPLACE_PROVIDER)) {
        // Instantiating the provider registers it (use above).
        $injector.get(WORKPLACE_PROVIDER);
      }
      if (!workplace && !missingSaid) {
        missingSaid = true;
        kit.log(NO_WORKPLACE_LINE);
      }
      return workplace;
    },
    marker: function () {
      return drawer;
    }
  };
}
