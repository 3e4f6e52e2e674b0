/* The vendor-neutral words the server answers with, whatever the vendor (issue 23): each
 * connector maps its vendor's words to these, once, here on the instance; the browser knows
 * only these. */
var SpPresenceVocabulary = {
  AVAILABILITIES: ['available', 'busy', 'dnd', 'away', 'offline', 'unknown'],
  ACTIVITIES: ['inAMeeting', 'onThePhone', 'presenting', 'focusing', 'beRightBack', 'outOfOffice', 'offWork'],

  /** One user's answer; `activity` only when there is one, so answers compare and store cleanly. */
  answer: function (availability, activity) {
    return activity ? { availability: availability, activity: activity } : { availability: availability };
  },

  /** A vendor word's entry in a word table, or undefined: own keys only, so a vendor saying
   * "constructor" or "toString" is an unknown word, not a function. */
  lookup: function (table, word) {
    var key = String(word);
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  }
};
