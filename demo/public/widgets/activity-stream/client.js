api.controller = function () {
  /* Display only: the dots need no client code. */
};
