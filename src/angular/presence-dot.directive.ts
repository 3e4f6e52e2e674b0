/**
 * `<sp-presence-dot user-id="...">`, or the attribute `sp-presence-dot` on any element: an
 * avatar's wrapper, or `<sn-avatar>` itself. No scope or controller of its own (so it shares
 * an element with directives that have an isolated scope): the link function reads the
 * attributes in whatever binding form they are written and feeds a PresenceDot.
 */
import { PresenceDot } from '../dom/presence-dot';
import { AttributeForm, bindAttribute, readForm } from './attribute-binding';
import { UserPresenceService } from './user-presence.service';

/** Attribute (normalised name) → how the dot uses it. Options first, so the first status renders once with them. */
const BINDINGS: { name: string; attribute: string; use: (dot: PresenceDot, value: unknown) => void }[] = [
  {
    name: 'userName',
    attribute: 'user-name',
    use: function (dot, value) {
      dot.setName(value);
    }
  },
  {
    name: 'showOffline',
    attribute: 'show-offline',
    use: function (dot, value) {
      dot.setShowOffline(value);
    }
  },
  {
    name: 'showOffice',
    attribute: 'show-office',
    use: function (dot, value) {
      dot.setShowOffice(value);
    }
  },
  {
    name: 'announce',
    attribute: 'announce',
    use: function (dot, value) {
      dot.setAnnounce(value);
    }
  },
  {
    name: 'userId',
    attribute: 'user-id',
    use: function (dot, value) {
      dot.follow(value);
    }
  }
];

presenceDotDirective.$inject = ['$parse', 'spUserPresence'];

export function presenceDotDirective($parse: angular.IParseService, service: UserPresenceService): angular.IDirective {
  return {
    restrict: 'EA',
    compile: function (_element: JQLite, templateAttrs: angular.IAttributes) {
      const forms: AttributeForm[] = BINDINGS.map(function (binding) {
        return readForm($parse, binding.attribute, templateAttrs[binding.name]);
      });
      return function link(scope: angular.IScope, element: JQLite, attrs: angular.IAttributes) {
        const dot = new PresenceDot(element[0], service);
        const stops = BINDINGS.map(function (binding, i) {
          return bindAttribute(forms[i], scope, attrs, binding.name, function (value) {
            binding.use(dot, value);
          });
        });
        scope.$on('$destroy', function () {
          stops.forEach(function (stop) {
            stop();
          });
          dot.destroy();
        });
      };
    }
  };
}
