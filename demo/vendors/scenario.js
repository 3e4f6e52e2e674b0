// The demo's one story, which every fake vendor tells in its own words: Beth Anglin is in a
// meeting, Abel Tuter on do-not-disturb, Luis Ortega on the phone, Priya Raman hides her
// presence (only RingCentral can: the others show her available), and everyone else goes
// through the day's states, a step every 2 minutes of the demo's clock.
const FIXED = {
  'Beth Anglin': 'inAMeeting',
  'Abel Tuter': 'dnd',
  'Luis Ortega': 'onThePhone',
  'Priya Raman': 'hidden'
};
const CYCLE = ['available', 'busy', 'away', 'beRightBack', 'outOfOffice', 'offWork', 'offline'];
const STEP_MS = 2 * 60 * 1000;

/** Every story a vendor must be able to tell. */
const STORIES = [
  'available',
  'busy',
  'inAMeeting',
  'dnd',
  'onThePhone',
  'hidden',
  'away',
  'beRightBack',
  'outOfOffice',
  'offWork',
  'offline'
];

/** The story of the `index`-th demo user at time `now`. */
function storyOf(user, index, now) {
  return FIXED[user.name] || CYCLE[(index + Math.floor(now / STEP_MS)) % CYCLE.length];
}

module.exports = { storyOf, STORIES, STEP_MS };
