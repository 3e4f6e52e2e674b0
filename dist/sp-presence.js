!function() {
    "use strict";
    function announce(doc, text) {
        var region = doc.getElementById("sp-presence-live");
        if (!region) {
            (region = doc.createElement("div")).id = "sp-presence-live";
            region.className = "sp-presence__text";
            region.setAttribute("aria-live", "polite");
            region.setAttribute("role", "status");
            (doc.body || doc.documentElement).appendChild(region);
        }
        region.textContent = text;
    }
    var DOT = "sp-presence__dot";
    function createDot(host) {
        var dot = host.ownerDocument.createElement("span");
        dot.className = DOT;
        dot.setAttribute("role", "img");
        host.classList.add("sp-presence");
        host.appendChild(dot);
        return dot;
    }
    function isShown(presence, showOffline) {
        return !!presence && ("offline" !== presence.status || showOffline && !presence.unknown);
    }
    function renderDot(dot, presence, words) {
        if (presence) {
            dot.className = DOT + " " + DOT + "--" + presence.status + (presence.stale ? " " + DOT + "--stale" : "");
            dot.setAttribute("aria-label", words);
        } else {
            dot.className = DOT;
            dot.removeAttribute("aria-label");
        }
    }
    function removeDot(host, dot) {
        dot.parentNode === host && host.removeChild(dot);
        host.classList.remove("sp-presence");
    }
    var RING = "var(--sp-presence-ring,#fff)";
    function addStylesOnce(doc, id, css) {
        if (!doc.getElementById(id)) {
            var style = doc.createElement("style");
            style.id = id;
            style.appendChild(doc.createTextNode(css));
            (doc.head || doc.documentElement).appendChild(style);
        }
    }
    var DOT_CSS = [ ".sp-presence{position:relative;display:inline-flex;align-items:center;vertical-align:middle}", ".sp-presence__dot{display:none!important;position:absolute;right:0;bottom:0;box-sizing:border-box;width:30%;height:30%;", "min-width:9px;min-height:9px;border-radius:50%;border:2px solid " + RING + ";", "background:var(--sp-presence-online,#1e8e3e);pointer-events:auto}", ".sp-presence__dot--away{background:radial-gradient(circle closest-side," + RING + " 0," + RING + " 60%,", "var(--sp-presence-away,#b35900) 62%)}", ".sp-presence__dot--busy{background:var(--sp-presence-busy,#c5221f);border-radius:25%}", ".sp-presence__dot--dnd{background:linear-gradient(var(--sp-presence-busy,#c5221f) 0,var(--sp-presence-busy,#c5221f) 34%,", RING + " 34%," + RING + " 66%,var(--sp-presence-busy,#c5221f) 66%)}", ".sp-presence__dot--offline{background:" + RING + ";box-shadow:inset 0 0 0 2px var(--sp-presence-offline,#6b7280)}", ".sp-presence__dot--stale{opacity:.55;border-style:dashed}", ".sp-presence__dot--online,.sp-presence__dot--away,.sp-presence__dot--busy,.sp-presence__dot--dnd,.sp-presence__dot--offline{display:block!important}", ".sp-presence__dot:hover::after,.sp-presence:focus-within>.sp-presence__dot::after,:focus>.sp-presence>.sp-presence__dot::after{content:attr(aria-label)}", ".sp-presence__office:hover::after{content:attr(data-tip)}", ".sp-presence__dot::after,.sp-presence__office::after{position:absolute;left:50%;bottom:calc(100% + 4px);", "transform:translateX(-50%);white-space:nowrap;background:#1f2933;color:#fff;font:12px/1.5 sans-serif;padding:1px 6px;", "border-radius:3px;z-index:10;pointer-events:none}", ".sp-presence__dot:first-child{position:static;width:.75em;height:.75em}", ".sp-presence__text{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}" ].join("");
    function ensureDotStyles(doc) {
        addStylesOnce(doc, "sp-presence-styles", DOT_CSS);
    }
    function isTrue(value) {
        return !0 === value || "true" === value;
    }
    var PresenceDot = function() {
        function PresenceDot(host, service) {
            this.host = host;
            this.service = service;
            this.showOffline = !1;
            this.showOffice = !1;
            this.announce = !1;
            ensureDotStyles(host.ownerDocument);
            this.dot = createDot(host);
        }
        PresenceDot.prototype.follow = function(userId) {
            var _this = this;
            this.unfollow();
            if (this.presence) {
                this.presence = void 0;
                this.render();
            }
            null != userId && "" !== userId && (this.stop = this.service.watch(String(userId), function(_status, presence) {
                _this.update(presence);
            }, {
                digest: !1
            }));
        };
        PresenceDot.prototype.setName = function(value) {
            this.name = "string" == typeof value && "" !== value.trim() ? value.trim() : void 0;
            this.redraw();
        };
        PresenceDot.prototype.setShowOffline = function(value) {
            this.showOffline = isTrue(value);
            this.redraw();
        };
        PresenceDot.prototype.setShowOffice = function(value) {
            this.showOffice = isTrue(value);
            this.redraw();
        };
        PresenceDot.prototype.setAnnounce = function(value) {
            this.announce = isTrue(value);
        };
        PresenceDot.prototype.destroy = function() {
            this.unfollow();
            removeDot(this.host, this.dot);
            if (this.marker && this.drawer) {
                this.drawer.remove(this.host, this.marker);
                this.marker = void 0;
            }
        };
        PresenceDot.prototype.redraw = function() {
            (this.presence || this.marker || this.showOffice) && this.render();
        };
        PresenceDot.prototype.render = function() {
            var presence = this.presence;
            var service = this.service;
            var dotShown = isShown(presence, this.showOffline);
            renderDot(this.dot, dotShown ? presence : void 0, dotShown ? service.describe(presence, this.name, this.showOffice) : "");
            if (this.showOffice && !this.marker) {
                this.drawer = service.showOfficeDays();
                this.marker = this.drawer && this.drawer.create(this.host);
            }
            if (this.marker && this.drawer) {
                var office = this.showOffice ? presence : void 0;
                this.drawer.render(this.marker, office, service.describeOffice(office), this.name, dotShown);
            }
        };
        PresenceDot.prototype.update = function(presence) {
            var previous = this.presence;
            this.presence = presence;
            this.render();
            previous && this.name && (this.announce || this.service.announces()) && announce(this.host.ownerDocument, this.service.describe(presence, this.name, this.showOffice));
        };
        PresenceDot.prototype.unfollow = function() {
            if (this.stop) {
                this.stop();
                this.stop = void 0;
            }
        };
        return PresenceDot;
    }();
    function createReporter(log) {
        var told = {};
        return {
            report: function(kind, message) {
                if (!told[kind]) {
                    told[kind] = !0;
                    log("[sp-presence] " + message);
                }
            },
            reset: function() {
                told = {};
            }
        };
    }
    var SYS_ID_LITERAL = /^\s*[0-9a-f]{32}\s*$/i;
    var markup = createReporter(function(message) {
        console.warn(message);
    });
    function noop() {}
    var BINDINGS = [ {
        name: "userName",
        attribute: "user-name",
        use: function(dot, value) {
            dot.setName(value);
        }
    }, {
        name: "showOffline",
        attribute: "show-offline",
        use: function(dot, value) {
            dot.setShowOffline(value);
        }
    }, {
        name: "showOffice",
        attribute: "show-office",
        use: function(dot, value) {
            dot.setShowOffice(value);
        }
    }, {
        name: "announce",
        attribute: "announce",
        use: function(dot, value) {
            dot.setAnnounce(value);
        }
    }, {
        name: "userId",
        attribute: "user-id",
        use: function(dot, value) {
            dot.follow(value);
        }
    } ];
    presenceDotDirective.$inject = [ "$parse", "spUserPresence" ];
    function presenceDotDirective($parse, service) {
        return {
            restrict: "EA",
            compile: function(_element, templateAttrs) {
                var forms = BINDINGS.map(function(binding) {
                    return function($parse, attribute, text) {
                        if (void 0 === text || "" === text.trim()) return {
                            kind: "constant",
                            value: void 0
                        };
                        if (SYS_ID_LITERAL.test(text)) return {
                            kind: "constant",
                            value: text.trim()
                        };
                        if (text.indexOf("{{") >= 0) return {
                            kind: "interpolated"
                        };
                        try {
                            var get = $parse(text);
                            return get.constant ? {
                                kind: "constant",
                                value: get({})
                            } : {
                                kind: "expression",
                                get: get,
                                oneTime: /^\s*::/.test(text)
                            };
                        } catch (e) {
                            markup.report(attribute + "\0" + text, attribute + '="' + text + '" is not an expression, a {{ }} interpolation or a sys_id (' + String(e.message).split("\n")[0] + "); this dot ignores it");
                            return {
                                kind: "constant",
                                value: void 0
                            };
                        }
                    }($parse, binding.attribute, templateAttrs[binding.name]);
                });
                return function(scope, element, attrs) {
                    var dot = new PresenceDot(element[0], service);
                    var stops = BINDINGS.map(function(binding, i) {
                        return function(form, scope, attrs, name, use) {
                            if ("constant" === form.kind) {
                                use(form.value);
                                return noop;
                            }
                            var current;
                            function apply(value) {
                                if (value !== current) {
                                    current = value;
                                    use(value);
                                }
                            }
                            if ("interpolated" === form.kind) {
                                apply(attrs[name]);
                                return attrs.$observe(name, apply);
                            }
                            var value;
                            try {
                                value = form.get(scope);
                            } catch (e) {
                                value = void 0;
                            }
                            apply(value);
                            return form.oneTime && void 0 !== value ? noop : scope.$watch(form.get, apply);
                        }(forms[i], scope, attrs, binding.name, function(value) {
                            binding.use(dot, value);
                        });
                    });
                    scope.$on("$destroy", function() {
                        stops.forEach(function(stop) {
                            stop();
                        });
                        dot.destroy();
                    });
                };
            }
        };
    }
    var HOUR = 36e5;
    var DAY = 24 * HOUR;
    function fill(template, values) {
        return template.replace(/\{(\d)\}/g, function(slot, index) {
            var value = values[Number(index)];
            return void 0 === value ? slot : value;
        });
    }
    function isActiveNow(elapsedMs) {
        return elapsedMs < 3e4;
    }
    function ageBucket(elapsedMs) {
        var ms = Math.max(0, elapsedMs);
        return ms < HOUR ? Math.floor(ms / 6e4) : ms < DAY ? 100 + Math.floor(ms / HOUR) : 200 + Math.floor(ms / DAY);
    }
    function describeAge(elapsedMs, labels) {
        var ms = Math.max(0, elapsedMs);
        return ms < 6e4 ? fill(labels.seconds, [ String(Math.floor(ms / 1e3)) ]) : ms < HOUR ? fill(labels.minutes, [ String(Math.floor(ms / 6e4)) ]) : ms < DAY ? fill(labels.hours, [ String(Math.floor(ms / HOUR)) ]) : fill(labels.days, [ String(Math.floor(ms / DAY)) ]);
    }
    var SYS_ID = /^[0-9a-f]{32}$/;
    function normaliseSysId(value) {
        if ("string" == typeof value) {
            var id = value.trim().toLowerCase();
            return SYS_ID.test(id) ? id : void 0;
        }
    }
    function describeInput(value) {
        var text;
        try {
            text = "string" == typeof value ? JSON.stringify(value) : String(value);
        } catch (e) {
            text = Object.prototype.toString.call(value);
        }
        return text.length > 60 ? text.slice(0, 57) + "..." : text;
    }
    var TABLE = /^[a-z][a-z0-9_]{0,79}$/;
    function readRecord(table, sysId) {
        var id = normaliseSysId(sysId);
        var name = "string" == typeof table ? table.trim() : "";
        return id && TABLE.test(name) ? {
            table: name,
            sysId: id
        } : void 0;
    }
    var RANK = {
        typing: 0,
        viewing: 1,
        entered: 2,
        "probably left": 3
    };
    function sessions_text(value, max) {
        if ("string" != typeof value) return "";
        var folded = value.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ").trim();
        return folded.length > max ? folded.slice(0, max - 1) + "…" : folded;
    }
    function initialsOf(given, name) {
        return given ? given.slice(0, 3) : name.split(" ").slice(0, 2).map(function(part) {
            return part.charAt(0);
        }).join("").toUpperCase();
    }
    function sameOriginPath(value, origin) {
        if ("string" == typeof value && "/" === value.charAt(0) && "/" !== value.charAt(1) && !/[\\\s]/.test(value)) try {
            var url = new URL(value, origin);
            return url.origin === origin ? url.pathname + url.search : void 0;
        } catch (e) {
            return;
        }
    }
    function readSession(session, context) {
        if ("object" == typeof session && null !== session) {
            var s = session;
            var userId = normaliseSysId(s.user_id);
            var status = "string" == typeof s.status && Object.prototype.hasOwnProperty.call(RANK, s.status) ? s.status : void 0;
            if (userId && status && userId !== context.selfId && (table = s.table, sysId = s.sys_id, 
            record = context.record, tableMatches = null == table || "" === table || table === record.table, 
            idMatches = null == sysId || "" === sysId || normaliseSysId(sysId) === record.sysId, 
            tableMatches && idMatches)) {
                var table, sysId, record, tableMatches, idMatches;
                var name = sessions_text(s.user_display_name, 100) || sessions_text(s.user_name, 100);
                if (name) {
                    return {
                        userId: userId,
                        name: name,
                        initials: initialsOf(sessions_text(s.user_initials, 100), name),
                        avatar: sameOriginPath(s.user_avatar, context.origin),
                        doing: status,
                        field: "typing" === status ? (value = s.field_type, "work_notes" === value || "comments" === value ? value : "other") : void 0
                    };
                    var value;
                }
            }
        }
    }
    function compareColleagues(a, b) {
        return RANK[a.doing] - RANK[b.doing] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    var lists = 0;
    function record_list_element(doc, tag, className) {
        var el = doc.createElement(tag);
        el.className = className;
        return el;
    }
    function picture(doc, colleague) {
        if (colleague.avatar) {
            var img = record_list_element(doc, "img", "sp-record-presence__picture");
            img.alt = "";
            img.src = colleague.avatar;
            return img;
        }
        var initials = record_list_element(doc, "span", "sp-record-presence__initials");
        initials.setAttribute("aria-hidden", "true");
        initials.textContent = colleague.initials;
        return initials;
    }
    function setText(el, text) {
        el.textContent !== text && (el.textContent = text);
    }
    function setAttribute(el, name, value) {
        el.getAttribute(name) !== value && el.setAttribute(name, value);
    }
    function createRecordList(host, attachDot) {
        var doc = host.ownerDocument;
        var root = record_list_element(doc, "div", "sp-record-presence");
        var label = record_list_element(doc, "span", "sp-record-presence__label");
        var list = record_list_element(doc, "ul", "sp-record-presence__list");
        var more = record_list_element(doc, "li", "sp-record-presence__more");
        var moreShown = doc.createElement("span");
        var moreName = record_list_element(doc, "span", "sp-presence__text");
        label.id = "sp-record-presence-" + ++lists;
        list.setAttribute("aria-labelledby", label.id);
        moreShown.setAttribute("aria-hidden", "true");
        more.appendChild(moreShown);
        more.appendChild(moreName);
        root.appendChild(label);
        root.appendChild(list);
        root.hidden = !0;
        host.appendChild(root);
        var rows = {};
        function place(item, index) {
            var at = list.children[index];
            at !== item && list.insertBefore(item, at || null);
        }
        return {
            render: function(shown, labels) {
                var next = {};
                shown.people.forEach(function(colleague, index) {
                    var row = rows[colleague.userId] || function(colleague) {
                        var item = record_list_element(doc, "li", "sp-record-presence__person");
                        var avatar = record_list_element(doc, "span", "sp-record-presence__avatar");
                        var who = record_list_element(doc, "span", "sp-record-presence__who");
                        var name = record_list_element(doc, "span", "sp-record-presence__name");
                        var doing = record_list_element(doc, "span", "sp-record-presence__doing");
                        var pic = picture(doc, colleague);
                        avatar.appendChild(pic);
                        who.appendChild(name);
                        who.appendChild(doing);
                        item.appendChild(avatar);
                        item.appendChild(who);
                        return {
                            item: item,
                            avatar: avatar,
                            picture: pic,
                            name: name,
                            doing: doing,
                            shown: colleague,
                            detach: attachDot(avatar, colleague.userId)
                        };
                    }(colleague);
                    next[colleague.userId] = row;
                    !function(row, colleague, labels) {
                        if (row.shown.avatar !== colleague.avatar || row.shown.initials !== colleague.initials) {
                            var pic = picture(doc, colleague);
                            row.avatar.replaceChild(pic, row.picture);
                            row.picture = pic;
                        }
                        row.shown = colleague;
                        setAttribute(row.item, "class", "sp-record-presence__person sp-record-presence__person--" + colleague.doing.replace(" ", "-"));
                        setText(row.name, colleague.name);
                        setText(row.doing, function(colleague, labels) {
                            switch (colleague.doing) {
                              case "typing":
                                return "work_notes" === colleague.field ? labels.typingWorkNote : "comments" === colleague.field ? labels.typingComment : labels.typingOther;

                              case "viewing":
                                return labels.viewing;

                              case "entered":
                                return labels.entered;

                              default:
                                return labels.probablyLeft;
                            }
                        }(colleague, labels));
                    }(row, colleague, labels);
                    place(row.item, index);
                });
                Object.keys(rows).forEach(function(id) {
                    if (!next[id]) {
                        rows[id].detach();
                        list.removeChild(rows[id].item);
                    }
                });
                rows = next;
                if (shown.more.length) {
                    var words = function(more, labels) {
                        var count = String(more.length);
                        var names = more.map(function(c) {
                            return c.name;
                        }).join(", ");
                        return {
                            shown: fill(labels.more, [ count ]),
                            name: fill(labels.moreNamed, [ count, names ])
                        };
                    }(shown.more, labels);
                    setText(moreShown, words.shown);
                    setText(moreName, words.name);
                    setAttribute(more, "title", words.name);
                    place(more, shown.people.length);
                } else more.parentNode && list.removeChild(more);
                setText(label, labels.alsoHere);
                root.hidden = 0 === shown.people.length;
            },
            destroy: function() {
                Object.keys(rows).forEach(function(id) {
                    rows[id].detach();
                });
                rows = {};
                root.parentNode === host && host.removeChild(root);
            }
        };
    }
    var RECORD_CSS = [ ".sp-record-presence[hidden]{display:none!important}", ".sp-record-presence{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;margin:0 0 12px}", ".sp-record-presence__label{font-size:12px;color:var(--sp-record-presence-muted,#545f6b)}", ".sp-record-presence__list{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0}", ".sp-record-presence__person,.sp-record-presence__more{display:flex;align-items:center;gap:8px;min-width:0}", ".sp-record-presence__avatar{width:32px;height:32px;flex:none}", ".sp-record-presence__picture,.sp-record-presence__initials{display:block;width:32px;height:32px;border-radius:50%;object-fit:cover}", ".sp-record-presence__initials{background:#1f5f8b;color:#fff;font:600 12px/32px sans-serif;text-align:center}", ".sp-record-presence__who{display:flex;flex-direction:column;line-height:1.3;min-width:0}", ".sp-record-presence__name{font-weight:600;overflow-wrap:anywhere}", ".sp-record-presence__doing{font-size:12px;color:var(--sp-record-presence-muted,#545f6b)}", ".sp-record-presence__person--typing .sp-record-presence__doing{color:var(--sp-record-presence-typing,#1a5c2e);font-style:italic}", ".sp-record-presence__more{font-size:12px;font-weight:600;color:var(--sp-record-presence-muted,#545f6b)}" ].join("");
    function selfId($window, $rootScope) {
        var id = $window.NOW && $window.NOW.user_id || $rootScope.user && $rootScope.user.sys_id;
        return "string" == typeof id ? id.toLowerCase() : void 0;
    }
    recordPresenceDirective.$inject = [ "$rootScope", "$window", "$injector", "spUserPresence" ];
    function recordPresenceDirective($rootScope, $window, $injector, service) {
        return {
            restrict: "EA",
            link: function(scope, element, attrs) {
                var record = void 0 !== attrs.table || void 0 !== attrs.sysId ? readRecord(attrs.table, attrs.sysId) : function(search) {
                    var params = {};
                    search.replace(/^\?/, "").split("&").forEach(function(pair) {
                        var at = pair.indexOf("=");
                        try {
                            var name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
                            params[name] = decodeURIComponent(at < 0 ? "" : pair.slice(at + 1).replace(/\+/g, " "));
                        } catch (e) {}
                    });
                    return readRecord(params.table, params.sys_id);
                }($window.location.search);
                var state = function(record, service, $injector) {
                    return service.report().disabled ? "disabled" : record ? $injector.has("snRecordPresence") ? "listening" : "no platform record presence" : "no record";
                }(record, service, $injector);
                service.noteRecordPresence(state);
                if ("listening" === state) {
                    var host = element[0];
                    var doc = host.ownerDocument;
                    var context = {
                        selfId: selfId($window, $rootScope),
                        record: record,
                        origin: $window.location.origin
                    };
                    var max = (value = attrs.max, (n = "number" == typeof value ? value : "string" == typeof value && "" !== value.trim() ? Number(value) : NaN) >= 1 && n <= 100 && Math.floor(n) === n ? n : 5);
                    var value, n;
                    !function(doc) {
                        ensureDotStyles(doc);
                        addStylesOnce(doc, "sp-record-presence-styles", RECORD_CSS);
                    }(doc);
                    var list = createRecordList(host, function(avatar, userId) {
                        var dot = createDot(avatar);
                        var stop = service.watch(userId, function(_status, presence) {
                            renderDot(dot, isShown(presence, !1) ? presence : void 0, service.describe(presence));
                        }, {
                            digest: !1
                        });
                        return function() {
                            stop();
                            removeDot(avatar, dot);
                        };
                    });
                    var started = "true" === attrs.announce ? (now = Date.now, typing = {}, announcedAt = {}, 
                    function(colleagues) {
                        var before = typing;
                        typing = {};
                        return colleagues.filter(function(c) {
                            if ("typing" !== c.doing) return !1;
                            typing[c.userId] = !0;
                            var last = announcedAt[c.userId];
                            if (before[c.userId] || void 0 !== last && now() - last < 1e4) return !1;
                            announcedAt[c.userId] = now();
                            return !0;
                        });
                    }) : void 0;
                    var now, typing, announcedAt;
                    var stopListening = $rootScope.$on("sp.sessions", function(_event, sessions) {
                        var colleagues = function(sessions, context) {
                            if ("object" != typeof sessions || null === sessions) return [];
                            var byUser = {};
                            var all = sessions;
                            Object.keys(all).forEach(function(key) {
                                var colleague = readSession(all[key], context);
                                var kept = colleague && byUser[colleague.userId];
                                colleague && (!kept || RANK[colleague.doing] < RANK[kept.doing]) && (byUser[colleague.userId] = colleague);
                            });
                            return Object.keys(byUser).map(function(id) {
                                return byUser[id];
                            }).sort(compareColleagues);
                        }(sessions, context);
                        var labels = service.labels();
                        list.render(function(colleagues, max) {
                            return {
                                people: colleagues.slice(0, max),
                                more: colleagues.slice(max)
                            };
                        }(colleagues, max), labels);
                        started && started(colleagues).forEach(function(c) {
                            announce(doc, fill(labels.startedTyping, [ c.name ]));
                        });
                    });
                    scope.$on("$destroy", destroy);
                    element.on("$destroy", destroy);
                }
                function destroy() {
                    stopListening();
                    list.destroy();
                }
            }
        };
    }
    var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || {
            __proto__: []
        } instanceof Array && function(d, b) {
            d.__proto__ = b;
        } || function(d, b) {
            for (var p in b) Object.prototype.hasOwnProperty.call(b, p) && (d[p] = b[p]);
        };
        return extendStatics(d, b);
    };
    function __extends(d, b) {
        if ("function" != typeof b && null !== b) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
            this.constructor = d;
        }
        d.prototype = null === b ? Object.create(b) : (__.prototype = b.prototype, new __);
    }
    Object.create;
    function __values(o) {
        var s = "function" == typeof Symbol && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && "number" == typeof o.length) return {
            next: function() {
                o && i >= o.length && (o = void 0);
                return {
                    value: o && o[i++],
                    done: !o
                };
            }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    }
    function __read(o, n) {
        var m = "function" == typeof Symbol && o[Symbol.iterator];
        if (!m) return o;
        var r, e, i = m.call(o), ar = [];
        try {
            for (;(void 0 === n || n-- > 0) && !(r = i.next()).done; ) ar.push(r.value);
        } catch (error) {
            e = {
                error: error
            };
        } finally {
            try {
                r && !r.done && (m = i.return) && m.call(i);
            } finally {
                if (e) throw e.error;
            }
        }
        return ar;
    }
    function __spreadArray(to, from, pack) {
        if (pack || 2 === arguments.length) for (var ar, i = 0, l = from.length; i < l; i++) if (ar || !(i in from)) {
            ar || (ar = Array.prototype.slice.call(from, 0, i));
            ar[i] = from[i];
        }
        return to.concat(ar || Array.prototype.slice.call(from));
    }
    Object.create;
    function isFunction(value) {
        return "function" == typeof value;
    }
    var UnsubscriptionError = function(createImpl) {
        var ctorFunc = createImpl(function(instance) {
            Error.call(instance);
            instance.stack = (new Error).stack;
        });
        ctorFunc.prototype = Object.create(Error.prototype);
        ctorFunc.prototype.constructor = ctorFunc;
        return ctorFunc;
    }(function(_super) {
        return function(errors) {
            _super(this);
            this.message = errors ? errors.length + " errors occurred during unsubscription:\n" + errors.map(function(err, i) {
                return i + 1 + ") " + err.toString();
            }).join("\n  ") : "";
            this.name = "UnsubscriptionError";
            this.errors = errors;
        };
    });
    function arrRemove(arr, item) {
        if (arr) {
            var index = arr.indexOf(item);
            0 <= index && arr.splice(index, 1);
        }
    }
    var Subscription = function() {
        function Subscription(initialTeardown) {
            this.initialTeardown = initialTeardown;
            this.closed = !1;
            this._parentage = null;
            this._finalizers = null;
        }
        Subscription.prototype.unsubscribe = function() {
            var e_1, _a, e_2, _b;
            var errors;
            if (!this.closed) {
                this.closed = !0;
                var _parentage = this._parentage;
                if (_parentage) {
                    this._parentage = null;
                    if (Array.isArray(_parentage)) try {
                        for (var _parentage_1 = __values(_parentage), _parentage_1_1 = _parentage_1.next(); !_parentage_1_1.done; _parentage_1_1 = _parentage_1.next()) {
                            _parentage_1_1.value.remove(this);
                        }
                    } catch (e_1_1) {
                        e_1 = {
                            error: e_1_1
                        };
                    } finally {
                        try {
                            _parentage_1_1 && !_parentage_1_1.done && (_a = _parentage_1.return) && _a.call(_parentage_1);
                        } finally {
                            if (e_1) throw e_1.error;
                        }
                    } else _parentage.remove(this);
                }
                var initialFinalizer = this.initialTeardown;
                if (isFunction(initialFinalizer)) try {
                    initialFinalizer();
                } catch (e) {
                    errors = e instanceof UnsubscriptionError ? e.errors : [ e ];
                }
                var _finalizers = this._finalizers;
                if (_finalizers) {
                    this._finalizers = null;
                    try {
                        for (var _finalizers_1 = __values(_finalizers), _finalizers_1_1 = _finalizers_1.next(); !_finalizers_1_1.done; _finalizers_1_1 = _finalizers_1.next()) {
                            var finalizer = _finalizers_1_1.value;
                            try {
                                execFinalizer(finalizer);
                            } catch (err) {
                                errors = null != errors ? errors : [];
                                err instanceof UnsubscriptionError ? errors = __spreadArray(__spreadArray([], __read(errors)), __read(err.errors)) : errors.push(err);
                            }
                        }
                    } catch (e_2_1) {
                        e_2 = {
                            error: e_2_1
                        };
                    } finally {
                        try {
                            _finalizers_1_1 && !_finalizers_1_1.done && (_b = _finalizers_1.return) && _b.call(_finalizers_1);
                        } finally {
                            if (e_2) throw e_2.error;
                        }
                    }
                }
                if (errors) throw new UnsubscriptionError(errors);
            }
        };
        Subscription.prototype.add = function(teardown) {
            var _a;
            if (teardown && teardown !== this) if (this.closed) execFinalizer(teardown); else {
                if (teardown instanceof Subscription) {
                    if (teardown.closed || teardown._hasParent(this)) return;
                    teardown._addParent(this);
                }
                (this._finalizers = null !== (_a = this._finalizers) && void 0 !== _a ? _a : []).push(teardown);
            }
        };
        Subscription.prototype._hasParent = function(parent) {
            var _parentage = this._parentage;
            return _parentage === parent || Array.isArray(_parentage) && _parentage.includes(parent);
        };
        Subscription.prototype._addParent = function(parent) {
            var _parentage = this._parentage;
            this._parentage = Array.isArray(_parentage) ? (_parentage.push(parent), _parentage) : _parentage ? [ _parentage, parent ] : parent;
        };
        Subscription.prototype._removeParent = function(parent) {
            var _parentage = this._parentage;
            _parentage === parent ? this._parentage = null : Array.isArray(_parentage) && arrRemove(_parentage, parent);
        };
        Subscription.prototype.remove = function(teardown) {
            var _finalizers = this._finalizers;
            _finalizers && arrRemove(_finalizers, teardown);
            teardown instanceof Subscription && teardown._removeParent(this);
        };
        Subscription.EMPTY = function() {
            var empty = new Subscription;
            empty.closed = !0;
            return empty;
        }();
        return Subscription;
    }();
    Subscription.EMPTY;
    function isSubscription(value) {
        return value instanceof Subscription || value && "closed" in value && isFunction(value.remove) && isFunction(value.add) && isFunction(value.unsubscribe);
    }
    function execFinalizer(finalizer) {
        isFunction(finalizer) ? finalizer() : finalizer.unsubscribe();
    }
    var Action = function(_super) {
        __extends(Action, _super);
        function Action(scheduler, work) {
            return _super.call(this) || this;
        }
        Action.prototype.schedule = function(state, delay) {
            void 0 === delay && (delay = 0);
            return this;
        };
        return Action;
    }(Subscription);
    var intervalProvider = {
        setInterval: function(handler, timeout) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) args[_i - 2] = arguments[_i];
            var delegate = intervalProvider.delegate;
            return (null == delegate ? void 0 : delegate.setInterval) ? delegate.setInterval.apply(delegate, __spreadArray([ handler, timeout ], __read(args))) : setInterval.apply(void 0, __spreadArray([ handler, timeout ], __read(args)));
        },
        clearInterval: function(handle) {
            var delegate = intervalProvider.delegate;
            return ((null == delegate ? void 0 : delegate.clearInterval) || clearInterval)(handle);
        },
        delegate: void 0
    };
    var AsyncAction = function(_super) {
        __extends(AsyncAction, _super);
        function AsyncAction(scheduler, work) {
            var _this = _super.call(this, scheduler, work) || this;
            _this.scheduler = scheduler;
            _this.work = work;
            _this.pending = !1;
            return _this;
        }
        AsyncAction.prototype.schedule = function(state, delay) {
            var _a;
            void 0 === delay && (delay = 0);
            if (this.closed) return this;
            this.state = state;
            var id = this.id;
            var scheduler = this.scheduler;
            null != id && (this.id = this.recycleAsyncId(scheduler, id, delay));
            this.pending = !0;
            this.delay = delay;
            this.id = null !== (_a = this.id) && void 0 !== _a ? _a : this.requestAsyncId(scheduler, this.id, delay);
            return this;
        };
        AsyncAction.prototype.requestAsyncId = function(scheduler, _id, delay) {
            void 0 === delay && (delay = 0);
            return intervalProvider.setInterval(scheduler.flush.bind(scheduler, this), delay);
        };
        AsyncAction.prototype.recycleAsyncId = function(_scheduler, id, delay) {
            void 0 === delay && (delay = 0);
            if (null != delay && this.delay === delay && !1 === this.pending) return id;
            null != id && intervalProvider.clearInterval(id);
        };
        AsyncAction.prototype.execute = function(state, delay) {
            if (this.closed) return new Error("executing a cancelled action");
            this.pending = !1;
            var error = this._execute(state, delay);
            if (error) return error;
            !1 === this.pending && null != this.id && (this.id = this.recycleAsyncId(this.scheduler, this.id, null));
        };
        AsyncAction.prototype._execute = function(state, _delay) {
            var errored = !1;
            var errorValue;
            try {
                this.work(state);
            } catch (e) {
                errored = !0;
                errorValue = e || new Error("Scheduled action threw falsy error");
            }
            if (errored) {
                this.unsubscribe();
                return errorValue;
            }
        };
        AsyncAction.prototype.unsubscribe = function() {
            if (!this.closed) {
                var id = this.id, scheduler = this.scheduler;
                var actions = scheduler.actions;
                this.work = this.state = this.scheduler = null;
                this.pending = !1;
                arrRemove(actions, this);
                null != id && (this.id = this.recycleAsyncId(scheduler, id, null));
                this.delay = null;
                _super.prototype.unsubscribe.call(this);
            }
        };
        return AsyncAction;
    }(Action);
    var dateTimestampProvider = {
        now: function() {
            return (dateTimestampProvider.delegate || Date).now();
        },
        delegate: void 0
    };
    var Scheduler = function() {
        function Scheduler(schedulerActionCtor, now) {
            void 0 === now && (now = Scheduler.now);
            this.schedulerActionCtor = schedulerActionCtor;
            this.now = now;
        }
        Scheduler.prototype.schedule = function(work, delay, state) {
            void 0 === delay && (delay = 0);
            return new this.schedulerActionCtor(this, work).schedule(state, delay);
        };
        Scheduler.now = dateTimestampProvider.now;
        return Scheduler;
    }();
    var asyncScheduler = new (function(_super) {
        __extends(AsyncScheduler, _super);
        function AsyncScheduler(SchedulerAction, now) {
            void 0 === now && (now = Scheduler.now);
            var _this = _super.call(this, SchedulerAction, now) || this;
            _this.actions = [];
            _this._active = !1;
            return _this;
        }
        AsyncScheduler.prototype.flush = function(action) {
            var actions = this.actions;
            if (this._active) actions.push(action); else {
                var error;
                this._active = !0;
                do {
                    if (error = action.execute(action.state, action.delay)) break;
                } while (action = actions.shift());
                this._active = !1;
                if (error) {
                    for (;action = actions.shift(); ) action.unsubscribe();
                    throw error;
                }
            }
        };
        return AsyncScheduler;
    }(Scheduler))(AsyncAction);
    var async_async = asyncScheduler;
    function noop_noop() {}
    var TAB_ID = /^[0-9a-z]{1,16}-[0-9a-z]{1,10}$/;
    function readTabMessage(raw, readResult) {
        var m = raw;
        if ("object" == typeof m && null !== m && 3 === m.v && "string" == typeof m.from && TAB_ID.test(m.from)) {
            var from = m.from;
            switch (m.type) {
              case "hello":
              case "bye":
              case "resume":
                return {
                    v: 3,
                    from: from,
                    type: m.type
                };

              case "alive":
                var state = function(raw) {
                    var state = raw;
                    if ("object" != typeof state || null === state || "boolean" != typeof state.active) return;
                    if (void 0 === state.ids) return {
                        active: state.active
                    };
                    if (!(state.ids instanceof Array) || state.ids.length > 2e3) return;
                    var ids = state.ids;
                    for (var i = 0; i < ids.length; i++) if (normaliseSysId(ids[i]) !== ids[i]) return;
                    return {
                        ids: ids,
                        active: state.active
                    };
                }(m.state);
                return state && {
                    v: 3,
                    from: from,
                    type: "alive",
                    state: state
                };

              case "result":
                var result = readResult(m.result);
                return void 0 === result ? void 0 : {
                    v: 3,
                    from: from,
                    type: "result",
                    result: result
                };
            }
        }
    }
    function newTabId(nowMs, random) {
        return ("000000000000000" + Math.floor(nowMs).toString(36)).slice(-12) + "-" + Math.floor(1e9 * random).toString(36);
    }
    var FAILURE_KINDS = [ "login-page", "unauthorized", "forbidden", "gone", "origin", "rate-limited", "server", "http", "timeout", "network", "malformed", "too-large", "shape" ];
    function isTime(value) {
        return "number" == typeof value && isFinite(value) && value >= 0;
    }
    function readSharedResult(raw) {
        var r = raw;
        if ("object" == typeof r && null !== r) {
            if ("answer" === r.kind) {
                var entries = function(raw) {
                    if (raw instanceof Array && !(raw.length > 8e3)) {
                        for (var i = 0; i < raw.length; i++) {
                            var entry = raw[i];
                            if ("object" != typeof entry || null === entry || normaliseSysId(entry.user) !== entry.user || !isTime(entry.last_on)) return;
                        }
                        return raw;
                    }
                }(r.entries);
                var skewOk = "number" == typeof r.skewMs && Math.abs(r.skewMs) < 31536e6;
                var users = function(raw) {
                    if (raw instanceof Array && !(raw.length > 8e3)) {
                        for (var i = 0; i < raw.length; i++) if (normaliseSysId(raw[i]) !== raw[i]) return;
                        return raw;
                    }
                }(r.users);
                return entries && users && isTime(r.at) && skewOk ? {
                    kind: "answer",
                    at: r.at,
                    skewMs: r.skewMs,
                    entries: entries,
                    users: users
                } : void 0;
            }
            if ("failure" === r.kind) {
                var f = function(raw) {
                    var f = raw;
                    if (!("object" != typeof f || null === f || FAILURE_KINDS.indexOf(f.kind) < 0 || "string" != typeof f.message || f.message.length > 500)) {
                        var result = {
                            kind: f.kind,
                            message: f.message
                        };
                        "number" == typeof f.status && isFinite(f.status) && (result.status = f.status);
                        isTime(f.retryAfterMs) && (result.retryAfterMs = f.retryAfterMs);
                        return result;
                    }
                }(r.failure);
                return f && {
                    kind: "failure",
                    failure: f
                };
            }
            if ("facts" === r.kind) {
                var source = r.source;
                entries = function(raw) {
                    if (raw instanceof Array && !(raw.length > 8e3)) {
                        for (var i = 0; i < raw.length; i++) {
                            var entry = raw[i];
                            if ("object" != typeof entry || null === entry || normaliseSysId(entry.user) !== entry.user || !("value" in entry)) return;
                        }
                        return raw;
                    }
                }(r.entries);
                return entries && "string" == typeof source && /^[a-z]{1,20}$/.test(source) ? {
                    kind: "facts",
                    source: source,
                    entries: entries
                } : void 0;
            }
        }
    }
    var config = {
        onUnhandledError: null,
        onStoppedNotification: null,
        Promise: void 0,
        useDeprecatedSynchronousErrorHandling: !1,
        useDeprecatedNextContext: !1
    };
    var timeoutProvider = {
        setTimeout: function(handler, timeout) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) args[_i - 2] = arguments[_i];
            var delegate = timeoutProvider.delegate;
            return (null == delegate ? void 0 : delegate.setTimeout) ? delegate.setTimeout.apply(delegate, __spreadArray([ handler, timeout ], __read(args))) : setTimeout.apply(void 0, __spreadArray([ handler, timeout ], __read(args)));
        },
        clearTimeout: function(handle) {
            var delegate = timeoutProvider.delegate;
            return ((null == delegate ? void 0 : delegate.clearTimeout) || clearTimeout)(handle);
        },
        delegate: void 0
    };
    var COMPLETE_NOTIFICATION = createNotification("C", void 0, void 0);
    function createNotification(kind, value, error) {
        return {
            kind: kind,
            value: value,
            error: error
        };
    }
    var context = null;
    var Subscriber = function(_super) {
        __extends(Subscriber, _super);
        function Subscriber(destination) {
            var _this = _super.call(this) || this;
            _this.isStopped = !1;
            if (destination) {
                _this.destination = destination;
                isSubscription(destination) && destination.add(_this);
            } else _this.destination = EMPTY_OBSERVER;
            return _this;
        }
        Subscriber.create = function(next, error, complete) {
            return new SafeSubscriber(next, error, complete);
        };
        Subscriber.prototype.next = function(value) {
            this.isStopped ? handleStoppedNotification(function(value) {
                return createNotification("N", value, void 0);
            }(value), this) : this._next(value);
        };
        Subscriber.prototype.error = function(err) {
            if (this.isStopped) handleStoppedNotification(createNotification("E", void 0, err), this); else {
                this.isStopped = !0;
                this._error(err);
            }
        };
        Subscriber.prototype.complete = function() {
            if (this.isStopped) handleStoppedNotification(COMPLETE_NOTIFICATION, this); else {
                this.isStopped = !0;
                this._complete();
            }
        };
        Subscriber.prototype.unsubscribe = function() {
            if (!this.closed) {
                this.isStopped = !0;
                _super.prototype.unsubscribe.call(this);
                this.destination = null;
            }
        };
        Subscriber.prototype._next = function(value) {
            this.destination.next(value);
        };
        Subscriber.prototype._error = function(err) {
            try {
                this.destination.error(err);
            } finally {
                this.unsubscribe();
            }
        };
        Subscriber.prototype._complete = function() {
            try {
                this.destination.complete();
            } finally {
                this.unsubscribe();
            }
        };
        return Subscriber;
    }(Subscription);
    var _bind = Function.prototype.bind;
    function bind(fn, thisArg) {
        return _bind.call(fn, thisArg);
    }
    var ConsumerObserver = function() {
        function ConsumerObserver(partialObserver) {
            this.partialObserver = partialObserver;
        }
        ConsumerObserver.prototype.next = function(value) {
            var partialObserver = this.partialObserver;
            if (partialObserver.next) try {
                partialObserver.next(value);
            } catch (error) {
                handleUnhandledError(error);
            }
        };
        ConsumerObserver.prototype.error = function(err) {
            var partialObserver = this.partialObserver;
            if (partialObserver.error) try {
                partialObserver.error(err);
            } catch (error) {
                handleUnhandledError(error);
            } else handleUnhandledError(err);
        };
        ConsumerObserver.prototype.complete = function() {
            var partialObserver = this.partialObserver;
            if (partialObserver.complete) try {
                partialObserver.complete();
            } catch (error) {
                handleUnhandledError(error);
            }
        };
        return ConsumerObserver;
    }();
    var SafeSubscriber = function(_super) {
        __extends(SafeSubscriber, _super);
        function SafeSubscriber(observerOrNext, error, complete) {
            var _this = _super.call(this) || this;
            var partialObserver;
            if (isFunction(observerOrNext) || !observerOrNext) partialObserver = {
                next: null != observerOrNext ? observerOrNext : void 0,
                error: null != error ? error : void 0,
                complete: null != complete ? complete : void 0
            }; else {
                var context_1;
                if (_this && config.useDeprecatedNextContext) {
                    (context_1 = Object.create(observerOrNext)).unsubscribe = function() {
                        return _this.unsubscribe();
                    };
                    partialObserver = {
                        next: observerOrNext.next && bind(observerOrNext.next, context_1),
                        error: observerOrNext.error && bind(observerOrNext.error, context_1),
                        complete: observerOrNext.complete && bind(observerOrNext.complete, context_1)
                    };
                } else partialObserver = observerOrNext;
            }
            _this.destination = new ConsumerObserver(partialObserver);
            return _this;
        }
        return SafeSubscriber;
    }(Subscriber);
    function handleUnhandledError(error) {
        config.useDeprecatedSynchronousErrorHandling ? function(err) {
            if (config.useDeprecatedSynchronousErrorHandling && context) {
                context.errorThrown = !0;
                context.error = err;
            }
        }(error) : (err = error, timeoutProvider.setTimeout(function() {
            var onUnhandledError = config.onUnhandledError;
            if (!onUnhandledError) throw err;
            onUnhandledError(err);
        }));
        var err;
    }
    function handleStoppedNotification(notification, subscriber) {
        var onStoppedNotification = config.onStoppedNotification;
        onStoppedNotification && timeoutProvider.setTimeout(function() {
            return onStoppedNotification(notification, subscriber);
        });
    }
    var EMPTY_OBSERVER = {
        closed: !0,
        next: noop_noop,
        error: function(err) {
            throw err;
        },
        complete: noop_noop
    };
    var observable = "function" == typeof Symbol && Symbol.observable || "@@observable";
    function identity(x) {
        return x;
    }
    function pipeFromArray(fns) {
        return 0 === fns.length ? identity : 1 === fns.length ? fns[0] : function(input) {
            return fns.reduce(function(prev, fn) {
                return fn(prev);
            }, input);
        };
    }
    var Observable = function() {
        function Observable(subscribe) {
            subscribe && (this._subscribe = subscribe);
        }
        Observable.prototype.lift = function(operator) {
            var observable = new Observable;
            observable.source = this;
            observable.operator = operator;
            return observable;
        };
        Observable.prototype.subscribe = function(observerOrNext, error, complete) {
            var _this = this;
            var subscriber = (value = observerOrNext) && value instanceof Subscriber || function(value) {
                return value && isFunction(value.next) && isFunction(value.error) && isFunction(value.complete);
            }(value) && isSubscription(value) ? observerOrNext : new SafeSubscriber(observerOrNext, error, complete);
            var value;
            !function(cb) {
                if (config.useDeprecatedSynchronousErrorHandling) {
                    var isRoot = !context;
                    isRoot && (context = {
                        errorThrown: !1,
                        error: null
                    });
                    cb();
                    if (isRoot) {
                        var _a = context, errorThrown = _a.errorThrown, error = _a.error;
                        context = null;
                        if (errorThrown) throw error;
                    }
                } else cb();
            }(function() {
                var _a = _this, operator = _a.operator, source = _a.source;
                subscriber.add(operator ? operator.call(subscriber, source) : source ? _this._subscribe(subscriber) : _this._trySubscribe(subscriber));
            });
            return subscriber;
        };
        Observable.prototype._trySubscribe = function(sink) {
            try {
                return this._subscribe(sink);
            } catch (err) {
                sink.error(err);
            }
        };
        Observable.prototype.forEach = function(next, promiseCtor) {
            var _this = this;
            return new (promiseCtor = getPromiseCtor(promiseCtor))(function(resolve, reject) {
                var subscriber = new SafeSubscriber({
                    next: function(value) {
                        try {
                            next(value);
                        } catch (err) {
                            reject(err);
                            subscriber.unsubscribe();
                        }
                    },
                    error: reject,
                    complete: resolve
                });
                _this.subscribe(subscriber);
            });
        };
        Observable.prototype._subscribe = function(subscriber) {
            var _a;
            return null === (_a = this.source) || void 0 === _a ? void 0 : _a.subscribe(subscriber);
        };
        Observable.prototype[observable] = function() {
            return this;
        };
        Observable.prototype.pipe = function() {
            var operations = [];
            for (var _i = 0; _i < arguments.length; _i++) operations[_i] = arguments[_i];
            return pipeFromArray(operations)(this);
        };
        Observable.prototype.toPromise = function(promiseCtor) {
            var _this = this;
            return new (promiseCtor = getPromiseCtor(promiseCtor))(function(resolve, reject) {
                var value;
                _this.subscribe(function(x) {
                    return value = x;
                }, function(err) {
                    return reject(err);
                }, function() {
                    return resolve(value);
                });
            });
        };
        Observable.create = function(subscribe) {
            return new Observable(subscribe);
        };
        return Observable;
    }();
    function getPromiseCtor(promiseCtor) {
        var _a;
        return null !== (_a = null != promiseCtor ? promiseCtor : config.Promise) && void 0 !== _a ? _a : Promise;
    }
    function timer(dueTime, intervalOrScheduler, scheduler) {
        void 0 === dueTime && (dueTime = 0);
        void 0 === scheduler && (scheduler = async_async);
        var intervalDuration = -1;
        null != intervalOrScheduler && ((value = intervalOrScheduler) && isFunction(value.schedule) ? scheduler = intervalOrScheduler : intervalDuration = intervalOrScheduler);
        var value;
        return new Observable(function(subscriber) {
            var due = function(value) {
                return value instanceof Date && !isNaN(value);
            }(dueTime) ? +dueTime - scheduler.now() : dueTime;
            due < 0 && (due = 0);
            var n = 0;
            return scheduler.schedule(function() {
                if (!subscriber.closed) {
                    subscriber.next(n++);
                    0 <= intervalDuration ? this.schedule(void 0, intervalDuration) : subscriber.complete();
                }
            }, due);
        });
    }
    function safeDelay(ms) {
        return ms > 0 ? Math.min(ms, 2147483647) : 0;
    }
    function after(ms, scheduler) {
        return timer(safeDelay(ms), scheduler);
    }
    function deadline(ms, scheduler, late) {
        return function(source) {
            return new Observable(function(subscriber) {
                var timeUp = after(ms, scheduler).subscribe(function() {
                    subscriber.error(late());
                });
                subscriber.add(timeUp);
                subscriber.add(source.subscribe({
                    next: function(value) {
                        timeUp.unsubscribe();
                        subscriber.next(value);
                    },
                    error: function(error) {
                        subscriber.error(error);
                    },
                    complete: function() {
                        subscriber.complete();
                    }
                }));
            });
        };
    }
    var TabLeader = function() {
        function TabLeader(options) {
            this.peers = new Map;
            this.leading = !1;
            this.local = {
                ids: function() {
                    return [];
                },
                active: function() {
                    return !1;
                }
            };
            this.joined = !1;
            this.idsDue = !0;
            this.askedForIds = !1;
            this.options = options;
            this.id = options.id;
        }
        Object.defineProperty(TabLeader.prototype, "isLeader", {
            get: function() {
                return this.leading;
            },
            enumerable: !1,
            configurable: !0
        });
        TabLeader.prototype.start = function(local, events) {
            var _this = this;
            var o = this.options;
            this.events = events;
            events.leadership(this.leading);
            this.local = local;
            this.joined = !1;
            this.running = new Subscription;
            this.running.add(o.channel.listen(function(raw) {
                var message = readTabMessage(raw, o.readResult);
                message && _this.receive(message);
            }));
            this.running.add(after(o.joinMs, o.scheduler).subscribe(function() {
                _this.joined = !0;
                _this.elect();
            }));
            this.running.add((ms = o.heartbeatMs, scheduler = o.scheduler, period = Math.max(1, safeDelay(ms)), 
            timer(period, period, scheduler)).subscribe(function() {
                _this.askedForIds = !1;
                _this.sendAlive();
                _this.prune();
                _this.elect();
            }));
            var ms, scheduler, period;
            this.post({
                type: "hello"
            });
            this.idsDue = !0;
            this.sendAlive();
        };
        TabLeader.prototype.stop = function() {
            if (this.running) {
                this.running.unsubscribe();
                this.running = void 0;
                this.events = void 0;
                if (this.pendingAnnounce) {
                    this.pendingAnnounce.unsubscribe();
                    this.pendingAnnounce = void 0;
                }
                this.post({
                    type: "bye"
                });
                this.peers.clear();
                this.leading = !1;
            }
        };
        TabLeader.prototype.announce = function() {
            var _this = this;
            this.idsDue = !0;
            this.running && !this.pendingAnnounce && (this.pendingAnnounce = after(0, this.options.scheduler).subscribe(function() {
                _this.pendingAnnounce = void 0;
                _this.sendAlive();
            }));
        };
        TabLeader.prototype.sendAlive = function() {
            if (this.running) {
                var local = this.local;
                this.post({
                    type: "alive",
                    state: this.idsDue ? {
                        ids: local.ids(),
                        active: local.active()
                    } : {
                        active: local.active()
                    }
                });
                this.idsDue = !1;
                this.elect();
            }
        };
        TabLeader.prototype.publish = function(result) {
            this.post({
                type: "result",
                result: result
            });
        };
        TabLeader.prototype.requestResume = function() {
            this.post({
                type: "resume"
            });
        };
        TabLeader.prototype.post = function(body) {
            this.options.channel.post(Object.assign({
                v: 3,
                from: this.id
            }, body));
        };
        TabLeader.prototype.remoteIds = function() {
            var ids = [];
            this.peers.forEach(function(peer) {
                ids = ids.concat(peer.state.ids);
            });
            return ids;
        };
        TabLeader.prototype.anyRemoteActive = function() {
            var active = !1;
            this.peers.forEach(function(peer) {
                active = active || peer.state.active;
            });
            return active;
        };
        TabLeader.prototype.now = function() {
            return this.options.scheduler.now();
        };
        TabLeader.prototype.receive = function(message) {
            var _a, _b, _c;
            if (message.from !== this.id) switch (message.type) {
              case "hello":
                this.touch(message.from, {
                    ids: [],
                    active: !1
                });
                this.idsDue = !0;
                this.sendAlive();
                break;

              case "alive":
                var known = this.peers.get(message.from);
                var ids = message.state.ids || known && known.state.ids;
                if (!ids && !this.askedForIds) {
                    this.askedForIds = !0;
                    this.post({
                        type: "hello"
                    });
                    this.idsDue = !0;
                    this.sendAlive();
                }
                this.touch(message.from, {
                    ids: ids || [],
                    active: message.state.active
                });
                break;

              case "bye":
                if (this.peers.delete(message.from)) {
                    null === (_a = this.events) || void 0 === _a || _a.peersChanged();
                    this.elect();
                }
                break;

              case "resume":
                null === (_b = this.events) || void 0 === _b || _b.resume();
                break;

              case "result":
                var peer = this.peers.get(message.from);
                if (peer) {
                    peer.lastResult = this.now();
                    peer.distrusted = !1;
                    this.elect();
                }
                message.from === this.leaderId && (null === (_c = this.events) || void 0 === _c || _c.result(message.result));
            }
        };
        TabLeader.prototype.touch = function(id, state) {
            var _a;
            (function(peers, id, state, now) {
                var known = peers.get(id);
                if (known) {
                    var changed = !(a = known.state, b = state, a.active === b.active && a.ids.length === b.ids.length && a.ids.join() === b.ids.join());
                    known.lastSeen = now;
                    known.state = state;
                    return changed;
                }
                var a, b;
                peers.set(id, {
                    state: state,
                    lastSeen: now,
                    lastResult: void 0,
                    ledSince: void 0,
                    distrusted: !1
                });
                return !0;
            })(this.peers, id, state, this.now()) && (null === (_a = this.events) || void 0 === _a || _a.peersChanged());
            this.elect();
        };
        TabLeader.prototype.prune = function() {
            var _a;
            (function(peers, cutoff) {
                var gone = [];
                peers.forEach(function(peer, id) {
                    peer.lastSeen < cutoff && gone.push(id);
                });
                gone.forEach(function(id) {
                    peers.delete(id);
                });
                return gone.length > 0;
            })(this.peers, this.now() - this.options.leaseMs) && (null === (_a = this.events) || void 0 === _a || _a.peersChanged());
        };
        TabLeader.prototype.elect = function() {
            var _a;
            if (this.running && this.joined) {
                var now = this.now();
                var best = function(peers, selfId, selfActive, now, lease) {
                    var best = selfId;
                    var bestActive = selfActive;
                    peers.forEach(function(peer, id) {
                        if (void 0 !== peer.ledSince && now - Math.max(peer.ledSince, peer.lastResult || 0) > lease) {
                            peer.distrusted = !0;
                            peer.ledSince = void 0;
                        }
                        if (!peer.distrusted) {
                            var active = peer.state.active;
                            if (active && !bestActive || active === bestActive && id < best) {
                                best = id;
                                bestActive = active;
                            }
                        }
                    });
                    return best;
                }(this.peers, this.id, this.local.active(), now, this.options.resultLeaseMs);
                if (best !== this.leaderId) {
                    !function(peers, previous, next, now) {
                        var before = void 0 === previous ? void 0 : peers.get(previous);
                        before && (before.ledSince = void 0);
                        var after = peers.get(next);
                        after && (after.ledSince = now);
                    }(this.peers, this.leaderId, best, now);
                    this.leaderId = best;
                }
                if (this.leading !== (best === this.id)) {
                    this.leading = !this.leading;
                    null === (_a = this.events) || void 0 === _a || _a.leadership(this.leading);
                }
            }
        };
        return TabLeader;
    }();
    var NEVER = new Observable(noop_noop);
    function operate(init) {
        return function(source) {
            if (function(source) {
                return isFunction(null == source ? void 0 : source.lift);
            }(source)) return source.lift(function(liftedSource) {
                try {
                    return init(liftedSource, this);
                } catch (err) {
                    this.error(err);
                }
            });
            throw new TypeError("Unable to lift unknown Observable type");
        };
    }
    function createOperatorSubscriber(destination, onNext, onComplete, onError, onFinalize) {
        return new OperatorSubscriber(destination, onNext, onComplete, onError, onFinalize);
    }
    var OperatorSubscriber = function(_super) {
        __extends(OperatorSubscriber, _super);
        function OperatorSubscriber(destination, onNext, onComplete, onError, onFinalize, shouldUnsubscribe) {
            var _this = _super.call(this, destination) || this;
            _this.onFinalize = onFinalize;
            _this.shouldUnsubscribe = shouldUnsubscribe;
            _this._next = onNext ? function(value) {
                try {
                    onNext(value);
                } catch (err) {
                    destination.error(err);
                }
            } : _super.prototype._next;
            _this._error = onError ? function(err) {
                try {
                    onError(err);
                } catch (err) {
                    destination.error(err);
                } finally {
                    this.unsubscribe();
                }
            } : _super.prototype._error;
            _this._complete = onComplete ? function() {
                try {
                    onComplete();
                } catch (err) {
                    destination.error(err);
                } finally {
                    this.unsubscribe();
                }
            } : _super.prototype._complete;
            return _this;
        }
        OperatorSubscriber.prototype.unsubscribe = function() {
            var _a;
            if (!this.shouldUnsubscribe || this.shouldUnsubscribe()) {
                var closed_1 = this.closed;
                _super.prototype.unsubscribe.call(this);
                !closed_1 && (null === (_a = this.onFinalize) || void 0 === _a || _a.call(this));
            }
        };
        return OperatorSubscriber;
    }(Subscriber);
    function distinctUntilChanged(comparator, keySelector) {
        void 0 === keySelector && (keySelector = identity);
        comparator = null != comparator ? comparator : defaultCompare;
        return operate(function(source, subscriber) {
            var previousKey;
            var first = !0;
            source.subscribe(createOperatorSubscriber(subscriber, function(value) {
                var currentKey = keySelector(value);
                if (first || !comparator(previousKey, currentKey)) {
                    first = !1;
                    previousKey = currentKey;
                    subscriber.next(value);
                }
            }));
        });
    }
    function defaultCompare(a, b) {
        return a === b;
    }
    function filter(predicate, thisArg) {
        return operate(function(source, subscriber) {
            var index = 0;
            source.subscribe(createOperatorSubscriber(subscriber, function(value) {
                return predicate.call(thisArg, value, index++) && subscriber.next(value);
            }));
        });
    }
    function domEvents() {
        var sources = [];
        for (var _i = 0; _i < arguments.length; _i++) sources[_i] = arguments[_i];
        return new Observable(function(subscriber) {
            var handler = function(event) {
                subscriber.next(event);
            };
            sources.forEach(function(s) {
                s[0].addEventListener(s[1], handler);
            });
            return function() {
                sources.forEach(function(s) {
                    s[0].removeEventListener(s[1], handler);
                });
            };
        });
    }
    var ALWAYS_ACTIVE = {
        active$: new Observable(function(subscriber) {
            subscriber.next(!0);
        }),
        resume$: NEVER
    };
    function sameOffice(a, b) {
        return a === b || !!a && !!b && a.following === b.following && a.inOffice === b.inOffice && a.location === b.location;
    }
    function sameAvailability(a, b) {
        return a === b || !!a && !!b && a.state === b.state && a.activity === b.activity && a.source === b.source;
    }
    function unknownPresence(reason) {
        return {
            status: "offline",
            activity: "offline",
            stale: !1,
            unknown: reason || "unavailable"
        };
    }
    var ServerClock = function() {
        function ServerClock(store) {
            this.store = store;
        }
        ServerClock.prototype.measured = function(serverTime, nowMs) {
            this.own = {
                skewMs: serverTime - nowMs,
                at: nowMs
            };
            if (this.store) try {
                this.store.setItem("sp-presence:clock", JSON.stringify(this.own));
            } catch (e) {}
        };
        ServerClock.prototype.skew = function(nowMs) {
            var best = newest(this.own, this.shared());
            return best && nowMs - best.at < 36e5 && best.at <= nowMs + 36e5 ? best.skewMs : void 0;
        };
        ServerClock.prototype.measuredAt = function() {
            var best = newest(this.own, this.shared());
            return best && best.at;
        };
        ServerClock.prototype.shared = function() {
            if (this.store) try {
                var value = JSON.parse(this.store.getItem("sp-presence:clock") || "null");
                return value && "number" == typeof value.skewMs && isFinite(value.skewMs) && "number" == typeof value.at && isFinite(value.at) ? value : void 0;
            } catch (e) {
                return;
            }
        };
        return ServerClock;
    }();
    function newest(a, b) {
        return a ? b ? a.at >= b.at ? a : b : a : b;
    }
    var SettingsError = function(_super) {
        __extends(SettingsError, _super);
        function SettingsError(message) {
            var _this = _super.call(this, "[sp-presence] invalid settings: " + message) || this;
            Object.setPrototypeOf(_this, SettingsError.prototype);
            _this.name = "SettingsError";
            return _this;
        }
        return SettingsError;
    }(Error);
    function checkNumber(name, value, min, max) {
        if (!function(value) {
            return "number" == typeof value && isFinite(value);
        }(value) || value < min || value > max) throw new SettingsError(name + " must be a number from " + min + " to " + max + " (got " + describeInput(value) + ")");
    }
    function checkPath(name, value) {
        if ("string" != typeof value || !/^\/(?!\/)[^\s\\]*$/.test(value)) throw new SettingsError(name + ' must be a path on this instance starting with "/" (got ' + describeInput(value) + ")");
    }
    var DEFAULT_SETTINGS = {
        onlineMs: 3e4,
        awayMs: 6e4,
        intervalMs: 15e3,
        timeoutMs: 1e4,
        endpoint: "/api/now/ui/presence",
        thresholds: "article",
        availability: void 0,
        officeDays: !1,
        coalesceMs: 30
    };
    function mergeSettings(current, changes) {
        if ("object" != typeof changes || null === changes || changes instanceof Array) throw new SettingsError("expected an object such as { intervalMs: 15000 } (got " + (changes instanceof Array ? "an array" : describeInput(changes)) + ")");
        var next = Object.assign({}, current);
        var input = changes;
        Object.keys(input).forEach(function(key) {
            if (!Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key)) throw new SettingsError('unknown setting "' + key + '" (known: ' + Object.keys(DEFAULT_SETTINGS).join(", ") + ")");
            next[key] = input[key];
        });
        checkNumber("onlineMs", next.onlineMs, 1, 864e5);
        checkNumber("awayMs", next.awayMs, 1, 864e5);
        if (next.awayMs <= next.onlineMs) throw new SettingsError("awayMs (" + next.awayMs + ") must be greater than onlineMs (" + next.onlineMs + ")");
        checkNumber("intervalMs", next.intervalMs, 5e3, 36e5);
        checkNumber("timeoutMs", next.timeoutMs, 1e3, 12e4);
        checkNumber("coalesceMs", next.coalesceMs, 0, 1e3);
        if ("article" !== next.thresholds && "ui16" !== next.thresholds) throw new SettingsError('thresholds must be "article" or "ui16" (got ' + describeInput(next.thresholds) + ")");
        checkPath("endpoint", next.endpoint);
        if ("boolean" != typeof next.officeDays) throw new SettingsError("officeDays must be true or false (got " + describeInput(next.officeDays) + ")");
        next.availability = function(value) {
            if (null != value) {
                if ("object" != typeof value || value instanceof Array) throw new SettingsError('availability must be an object such as { endpoint: "/api/global/sp_presence/availability" } (got ' + describeInput(value) + ")");
                var given = value;
                var endpoint = void 0 === given.endpoint ? "/api/global/sp_presence/availability" : given.endpoint;
                checkPath("availability.endpoint", endpoint);
                var intervalMs = void 0 === given.intervalMs ? 6e4 : given.intervalMs;
                checkNumber("availability.intervalMs", intervalMs, 3e4, 36e5);
                return {
                    endpoint: endpoint,
                    intervalMs: intervalMs
                };
            }
        }(next.availability);
        return next;
    }
    function failure(kind, message, status, retryAfterMs) {
        var result = {
            kind: kind,
            message: message
        };
        void 0 !== status && (result.status = status);
        void 0 !== retryAfterMs && (result.retryAfterMs = retryAfterMs);
        return result;
    }
    function isFailure(error) {
        return "object" == typeof error && null !== error && "kind" in error && "message" in error;
    }
    function retryDecision(f, attempt, intervalMs, random) {
        switch (f.kind) {
          case "unauthorized":
          case "forbidden":
          case "login-page":
            return {
                action: "pause"
            };

          case "gone":
          case "origin":
            return {
                action: "halt"
            };
        }
        var ceiling = Math.min(3e5, intervalMs * Math.pow(2, Math.min(attempt, 20)));
        var jittered = ceiling / 2 + ceiling / 2 * random;
        var delay = Math.max(intervalMs, jittered, Math.min(f.retryAfterMs || 0, 3e5));
        return {
            action: "retry",
            delayMs: Math.round(delay)
        };
    }
    function parseRetryAfter(value, nowMs) {
        if (null !== value && "" !== value.trim()) {
            var text = value.trim();
            var date = /^\d+$/.test(text) ? nowMs + 1e3 * parseInt(text, 10) : Date.parse(text);
            return isNaN(date) ? void 0 : Math.min(3e5, Math.max(0, date - nowMs));
        }
    }
    function statusFailure(answer, nowMs) {
        var s = answer.status;
        switch (s) {
          case 401:
            return failure("unauthorized", "not signed in (401); presence paused until the page is focused again", s);

          case 403:
            return failure("forbidden", "access denied (403); presence paused until the page is focused again", s);

          case 404:
            return failure("gone", "the presence endpoint does not exist on this instance (404); presence is off for this page", s);

          case 429:
            var wait = parseRetryAfter(answer.retryAfter, nowMs);
            return failure("rate-limited", "rate limited by the instance (429); " + (void 0 === wait ? "backing off" : "retrying after " + Math.ceil(wait / 1e3) + " s"), s, wait);
        }
        return s >= 500 ? failure("server", "the instance answered " + s + "; backing off", s, parseRetryAfter(answer.retryAfter, nowMs)) : failure("http", "unexpected HTTP status " + s + "; backing off", s);
    }
    function toEpochMs(value) {
        var n = "string" == typeof value && /^\s*\d+(\.\d+)?\s*$/.test(value) ? parseFloat(value) : value;
        return "number" == typeof n && isFinite(n) && n >= 0 ? n : void 0;
    }
    function isObject(value) {
        return "object" == typeof value && null !== value && !(value instanceof Array);
    }
    function readWatched(entries, watched) {
        var lastOn = new Map;
        for (var i = 0; i < entries.length; i++) {
            var entry = entries[i];
            if ("object" == typeof entry && null !== entry) {
                var raw = void 0 !== entry.user ? entry.user : entry.sys_id;
                var id = "string" == typeof raw && watched.has(raw) ? raw : void 0;
                if (void 0 === id && "string" == typeof raw && (32 !== raw.length || raw !== raw.toLowerCase())) {
                    var canonical = normaliseSysId(raw);
                    id = void 0 !== canonical && watched.has(canonical) ? canonical : void 0;
                }
                if (void 0 !== id) {
                    var time = toEpochMs(entry.last_on);
                    void 0 !== time && lastOn.set(id, Math.max(time, lastOn.get(id) || 0));
                }
            }
        }
        return lastOn;
    }
    function parseAnswer(answer, nowMs) {
        if (answer.status < 200 || answer.status >= 300) return {
            ok: !1,
            failure: statusFailure(answer, nowMs)
        };
        if (answer.body.length > 25165824) return {
            ok: !1,
            failure: failure("too-large", "the presence answer is " + Math.round(answer.body.length / 1048576) + " MB, over the 24 MB limit (reading costs up to 21 ms per MB in Chromium, so more would hold the page over 500 ms): refused unread; backing off", answer.status)
        };
        var body = answer.body.replace(/^\uFEFF/, "").trim();
        if (/html/i.test(answer.contentType) || /^</.test(body)) return {
            ok: !1,
            failure: failure("login-page", "the instance answered an HTML page (session expired?); presence paused until the page is focused again", answer.status)
        };
        var json;
        try {
            json = JSON.parse(body);
        } catch (e) {
            return {
                ok: !1,
                failure: failure("malformed", "the presence answer is not valid JSON; backing off", answer.status)
            };
        }
        var snapshot = function(json) {
            var wrapped = isObject(json) && "result" in json;
            var payload = wrapped ? json.result : json;
            if (wrapped && payload instanceof Array) return {
                serverTime: void 0,
                entries: payload
            };
            if (isObject(payload) && payload.presenceArray instanceof Array) {
                var rawTime = void 0 !== payload.serverTimeMillis ? payload.serverTimeMillis : payload.serverTimeMilis;
                var serverTime = toEpochMs(rawTime);
                if (void 0 === rawTime || void 0 !== serverTime) return {
                    serverTime: serverTime,
                    entries: payload.presenceArray
                };
            }
        }(json);
        return snapshot ? {
            ok: !0,
            snapshot: snapshot
        } : {
            ok: !1,
            failure: failure("shape", "the presence answer has an unknown shape (has the endpoint changed?); backing off", answer.status)
        };
    }
    var ActivityPoller = function() {
        function ActivityPoller(context) {
            this.context = context;
            this.sent = 0;
            this.waiting = [];
        }
        Object.defineProperty(ActivityPoller.prototype, "inFlight", {
            get: function() {
                return !!this.request;
            },
            enumerable: !1,
            configurable: !0
        });
        ActivityPoller.prototype.send = function(succeeded, failed) {
            var _this = this;
            if (!this.request) {
                var settings = this.context.settings();
                this.sent++;
                this.request = (transport = this.context.transport, endpoint = settings.endpoint, 
                timeoutMs = settings.timeoutMs, scheduler = this.context.scheduler, seen = function(seen) {
                    _this.lastSeen = seen;
                }, answer$ = new Observable(function(subscriber) {
                    var controller = new AbortController;
                    transport({
                        endpoint: endpoint,
                        signal: controller.signal
                    }).then(function(answer) {
                        subscriber.next(answer);
                        subscriber.complete();
                    }, function(error) {
                        subscriber.error(isFailure(error) ? error : failure("network", "the presence request failed (network); backing off"));
                    });
                    return function() {
                        controller.abort();
                    };
                }), new Observable(function(subscriber) {
                    return answer$.pipe(deadline(timeoutMs, scheduler, function() {
                        return failure("timeout", "the presence request timed out after " + timeoutMs + " ms; backing off");
                    })).subscribe({
                        next: function(answer) {
                            var result = parseAnswer(answer, scheduler.now());
                            seen({
                                status: answer.status,
                                shapeRecognised: result.ok,
                                bytes: answer.body.length,
                                entries: result.ok ? result.snapshot.entries.length : void 0
                            });
                            if (result.ok) {
                                subscriber.next(result.snapshot);
                                subscriber.complete();
                            } else subscriber.error(result.failure);
                        },
                        error: function(error) {
                            subscriber.error(error);
                        }
                    });
                })).subscribe({
                    next: function(snapshot) {
                        _this.request = void 0;
                        succeeded(snapshot);
                        _this.flush();
                    },
                    error: function(f) {
                        _this.request = void 0;
                        failed(f);
                        _this.flush();
                    }
                });
                var transport, endpoint, timeoutMs, scheduler, seen, answer$;
            }
        };
        ActivityPoller.prototype.whenDone = function(report) {
            this.waiting.push(report);
        };
        ActivityPoller.prototype.cancel = function() {
            if (this.request) {
                this.request.unsubscribe();
                this.request = void 0;
            }
        };
        ActivityPoller.prototype.flush = function() {
            this.waiting.splice(0, this.waiting.length).forEach(function(report) {
                report();
            });
        };
        return ActivityPoller;
    }();
    function peekSaved(text) {
        var found = /^\{"saved":(\d{1,16})[,}]/.exec(text.slice(0, 32)) || /[,{]"saved":(\d{1,16})\}$/.exec(text.slice(-32));
        return found ? Number(found[1]) : void 0;
    }
    function isFreshAt(saved, nowMs, intervalMs, newerThan) {
        return nowMs - saved < intervalMs && saved <= nowMs + intervalMs && (void 0 === newerThan || saved > newerThan);
    }
    function sharedAnswerChanges(win) {
        return domEvents([ win, "storage" ]).pipe(filter(function(event) {
            return "snPresence" === event.key;
        }));
    }
    var AnswersInHand = function() {
        function AnswersInHand(context) {
            this.context = context;
            this.answered = new Set;
            this.sharedFor = new Set;
            this.othersRead = !1;
        }
        AnswersInHand.prototype.noteReaders = function(known) {
            this.othersRead = this.othersRead || !0 === known || function(store) {
                if (!store) return !1;
                try {
                    var text = store.getItem("snPresence");
                    if (!text) return !1;
                    var saved = peekSaved(text);
                    return void 0 === saved || String(saved) !== store.getItem("sp-presence:saved");
                } catch (e) {
                    return !1;
                }
            }(this.context.store);
        };
        AnswersInHand.prototype.sharedAnswer = function(now) {
            var shared = function(store, nowMs, intervalMs, newerThan) {
                if (store) {
                    var value;
                    try {
                        var text = store.getItem("snPresence");
                        var peeked = text ? peekSaved(text) : void 0;
                        if (!text || void 0 !== peeked && !isFreshAt(peeked, nowMs, intervalMs, newerThan)) return;
                        value = JSON.parse(text);
                    } catch (e) {
                        return;
                    }
                    var shared = value;
                    if ("object" == typeof shared && null !== shared && shared.presenceArray instanceof Array) {
                        var saved = shared.saved;
                        if ("number" == typeof saved && isFinite(saved) && isFreshAt(saved, nowMs, intervalMs, newerThan)) return {
                            saved: saved,
                            presenceArray: shared.presenceArray
                        };
                    }
                }
            }(this.context.store, now, this.context.settings().intervalMs, this.latest && this.latest.at);
            return shared && {
                entries: shared.presenceArray,
                at: shared.saved,
                source: "shared-cache",
                full: !0
            };
        };
        AnswersInHand.prototype.share = function(entries, now, bytes) {
            this.othersRead && (void 0 === bytes || bytes <= 4194304) && function(store, answer) {
                if (store) try {
                    store.setItem("snPresence", JSON.stringify({
                        saved: answer.saved,
                        presenceArray: answer.presenceArray
                    }));
                    store.setItem("sp-presence:saved", String(answer.saved));
                } catch (e) {}
            }(this.context.store, {
                saved: now,
                presenceArray: entries
            });
        };
        AnswersInHand.prototype.isFresh = function(now) {
            return function(answer, now, intervalMs) {
                return !!answer && now - answer.at < intervalMs;
            }(this.latest, now, this.context.settings().intervalMs);
        };
        AnswersInHand.prototype.hasWaiting = function() {
            if (this.answered.size < this.context.board.size) return !0;
            var sharedFor = this.sharedFor;
            var tabs = this.context.tabs();
            return !!tabs && tabs.isLeader && tabs.remoteIds().some(function(id) {
                return !sharedFor.has(id);
            });
        };
        AnswersInHand.prototype.apply = function(answer) {
            !function(board, answer, answered) {
                var lastOn = readWatched(answer.entries, board);
                if (answer.full) {
                    board.applyToAll(lastOn);
                    answered.size < board.size && board.ids().forEach(function(id) {
                        answered.add(id);
                    });
                } else {
                    var covers = answer.covers;
                    var covered = board.ids().filter(function(id) {
                        return !!covers && covers.has(id) || answered.has(id);
                    });
                    board.apply(covered, lastOn);
                    covered.forEach(function(id) {
                        answered.add(id);
                    });
                }
            }(this.context.board, answer, this.answered);
            var tabs = this.context.tabs();
            if (tabs && tabs.isLeader && answer.full) {
                var remote = new Set(tabs.remoteIds());
                if (remote.size > 0) {
                    var sharedFor_1 = this.sharedFor;
                    remote.forEach(function(id) {
                        sharedFor_1.add(id);
                    });
                    tabs.publish(function(answer, remote, skewMs) {
                        var lastOn = readWatched(answer.entries, remote);
                        var entries = [];
                        lastOn.forEach(function(time, user) {
                            entries.push({
                                user: user,
                                last_on: time
                            });
                        });
                        var users = [];
                        remote.forEach(function(id) {
                            users.push(id);
                        });
                        return {
                            kind: "answer",
                            at: answer.at,
                            skewMs: skewMs,
                            entries: entries,
                            users: users
                        };
                    }(answer, remote, this.context.clock.skew(this.context.scheduler.now()) || 0));
                }
            }
        };
        AnswersInHand.prototype.released = function(id) {
            this.answered.delete(id);
        };
        AnswersInHand.prototype.clear = function() {
            this.latest = void 0;
            this.answered.clear();
            this.sharedFor.clear();
        };
        AnswersInHand.prototype.forgetShared = function() {
            this.sharedFor.clear();
        };
        return AnswersInHand;
    }();
    var LookPlanner = function() {
        function LookPlanner(context, inputs, look, atEndOfMountTask) {
            this.context = context;
            this.inputs = inputs;
            this.look = look;
            this.atEndOfMountTask = atEndOfMountTask;
        }
        LookPlanner.prototype.mounted = function() {
            var _this = this;
            if (void 0 === this.mountSince || !this.check) {
                if (void 0 === this.mountSince) {
                    this.mountSince = this.context.scheduler.now();
                    this.cancelInHand();
                    this.inHand = new Observable(function(subscriber) {
                        Promise.resolve().then(function() {
                            subscriber.next();
                            subscriber.complete();
                        });
                    }).subscribe(function() {
                        _this.inHand = void 0;
                        _this.atEndOfMountTask();
                    });
                }
                this.plan(!1);
            }
        };
        LookPlanner.prototype.plan = function(urgent) {
            var _this = this;
            var inputs = this.inputs();
            if (!inputs.idle) {
                var settings = this.context.settings();
                var delay = function(s) {
                    var at;
                    s.urgent ? at = s.now : void 0 !== s.mountSince ? at = s.mountSince + s.coalesceMs : !s.clockKnown && s.mayPoll ? at = s.now : (at = s.latest ? (answer = s.latest, 
                    intervalMs = s.intervalMs, foreign = "platform" === answer.source || "shared-cache" === answer.source, 
                    answer.at + intervalMs * (foreign ? 1.5 : 1)) : s.now) <= s.now && void 0 !== s.lastLook && (at = Math.max(at, s.lastLook + s.intervalMs));
                    var answer, intervalMs, foreign;
                    return Math.max(at - s.now, s.notBefore - s.now, 0);
                }({
                    now: this.context.scheduler.now(),
                    urgent: urgent,
                    mountSince: this.mountSince,
                    coalesceMs: settings.coalesceMs,
                    intervalMs: settings.intervalMs,
                    clockKnown: inputs.clockKnown,
                    mayPoll: this.context.mayAsk(),
                    latest: inputs.latest,
                    lastLook: this.lastLook,
                    notBefore: inputs.notBefore
                });
                this.cancelCheck();
                this.check = after(delay, this.context.scheduler).subscribe(function() {
                    _this.check = void 0;
                    _this.mountSince = void 0;
                    _this.lastLook = _this.context.scheduler.now();
                    _this.look();
                });
            }
        };
        LookPlanner.prototype.cancelCheck = function() {
            if (this.check) {
                this.check.unsubscribe();
                this.check = void 0;
            }
        };
        LookPlanner.prototype.stop = function() {
            this.cancelCheck();
            this.cancelInHand();
        };
        LookPlanner.prototype.cancelInHand = function() {
            if (this.inHand) {
                this.inHand.unsubscribe();
                this.inHand = void 0;
            }
        };
        return LookPlanner;
    }();
    var PollFailures = function() {
        function PollFailures(log, random) {
            this.random = random;
            this.mode = "running";
            this.inARow = 0;
            this.notBefore = 0;
            this.reporter = createReporter(log);
        }
        PollFailures.prototype.record = function(f, now, intervalMs, own) {
            this.inARow++;
            this.last = f;
            this.reporter.report(f.kind, f.message);
            var decision = retryDecision(f, this.inARow, intervalMs, this.random());
            "retry" !== decision.action && (this.mode = "halt" === decision.action ? "halted" : "paused");
            var until = now + ("retry" === decision.action ? decision.delayMs : intervalMs);
            this.notBefore = own ? until : Math.max(this.notBefore, until);
            return decision;
        };
        PollFailures.prototype.recovered = function() {
            this.inARow = 0;
            this.reporter.reset();
            this.last = void 0;
            "paused" === this.mode && (this.mode = "running");
        };
        PollFailures.prototype.resume = function() {
            if ("paused" !== this.mode) return !1;
            this.mode = "running";
            this.inARow = 0;
            return !0;
        };
        PollFailures.prototype.forgive = function() {
            if ("halted" === this.mode) return !1;
            this.notBefore = 0;
            this.inARow = 0;
            return !0;
        };
        Object.defineProperty(PollFailures.prototype, "state", {
            get: function() {
                return "halted" === this.mode ? "stopped" : "paused" === this.mode ? "paused" : this.inARow > 0 ? "backing off" : "running";
            },
            enumerable: !1,
            configurable: !0
        });
        return PollFailures;
    }();
    var ActivitySource = function() {
        function ActivitySource(context, inputs) {
            var _this = this;
            this.context = context;
            this.inputs = inputs;
            this.name = "activity";
            this.failures = new PollFailures(context.log, context.random);
            this.answers = new AnswersInHand(context);
            this.poller = new ActivityPoller(context);
            this.looks = new LookPlanner(context, function() {
                return {
                    idle: !_this.running || _this.poller.inFlight || "halted" === _this.failures.mode,
                    latest: _this.answers.latest,
                    clockKnown: _this.clockKnown(),
                    notBefore: _this.failures.notBefore
                };
            }, function() {
                _this.look();
            }, function() {
                _this.takeAtEndOfTask();
            });
        }
        Object.defineProperty(ActivitySource.prototype, "requestsSent", {
            get: function() {
                return this.poller.sent;
            },
            enumerable: !1,
            configurable: !0
        });
        Object.defineProperty(ActivitySource.prototype, "lost", {
            get: function() {
                return "running" !== this.failures.mode;
            },
            enumerable: !1,
            configurable: !0
        });
        ActivitySource.prototype.start = function() {
            var _this = this;
            this.answers.noteReaders();
            this.running = function(inputs, events) {
                var listening = new Subscription;
                inputs.platform$ && listening.add(inputs.platform$.subscribe(function(list) {
                    events.readers();
                    list instanceof Array && list.length > 0 && events.platform(list);
                }));
                inputs.storeChanged$ && listening.add(inputs.storeChanged$.subscribe(function() {
                    events.readers();
                    events.sharedChanged();
                }));
                return listening;
            }(this.inputs, {
                readers: function() {
                    _this.answers.noteReaders(!0);
                },
                platform: function(entries) {
                    _this.accept({
                        entries: entries,
                        at: _this.now(),
                        source: "platform",
                        full: !0
                    });
                },
                sharedChanged: function() {
                    _this.takeSharedAnswer();
                }
            });
        };
        ActivitySource.prototype.wake = function(event) {
            switch (event) {
              case "mounted":
                this.looks.mounted();
                return;

              case "peers":
                this.wake(this.leads() && this.answers.hasWaiting() ? "mounted" : "settings");
                return;

              case "resume":
                this.resume();
                return;

              default:
                this.looks.plan("leadership" === event || "active" === event);
            }
        };
        ActivitySource.prototype.released = function(id) {
            this.answers.released(id);
        };
        ActivitySource.prototype.stop = function() {
            this.looks.stop();
            if (this.running) {
                this.running.unsubscribe();
                this.running = void 0;
            }
            this.poller.cancel();
            this.answers.forgetShared();
        };
        ActivitySource.prototype.diagnose = function() {
            var _this = this;
            return new Promise(function(resolve) {
                var report = function() {
                    resolve(_this.diagnosis());
                };
                if ("halted" === _this.failures.mode || _this.now() < _this.failures.notBefore) report(); else {
                    _this.poller.whenDone(report);
                    _this.poll();
                }
            });
        };
        ActivitySource.prototype.refresh = function() {
            if (!this.failures.forgive()) return !1;
            this.resume();
            this.looks.plan(!0);
            return !0;
        };
        ActivitySource.prototype.diagnosis = function() {
            return function(context, failures, poller, latest) {
                var now = context.scheduler.now();
                var last = poller.lastSeen;
                var f = failures.last;
                return {
                    disabled: !1,
                    state: failures.state,
                    endpoint: context.settings().endpoint,
                    intervalMs: context.settings().intervalMs,
                    httpStatus: last && last.status,
                    shapeRecognised: last && last.shapeRecognised,
                    answerBytes: last && last.bytes,
                    usersPresent: latest && latest.full ? latest.entries.length : last && last.entries,
                    watched: context.board.size,
                    clockSkewMs: context.clock.skew(now),
                    pollingTab: context.mayAsk(),
                    lastAnswerSource: latest && latest.source,
                    lastAnswerAgeMs: latest && now - latest.at,
                    requestsSent: poller.sent,
                    lastFailure: f && {
                        kind: f.kind,
                        message: f.message
                    },
                    sources: {}
                };
            }(this.context, this.failures, this.poller, this.answers.latest);
        };
        ActivitySource.prototype.receiveShared = function(result) {
            if (!this.leads() && "facts" !== result.kind) {
                var now = this.now();
                if ("failure" !== result.kind) {
                    void 0 === this.context.clock.skew(now) && this.context.clock.measured(now + result.skewMs, now);
                    var latest = this.answers.latest;
                    (!latest || result.at > latest.at) && this.accept({
                        entries: result.entries,
                        at: result.at,
                        source: "tab",
                        full: !1,
                        covers: new Set(result.users)
                    });
                } else this.recordFailure(result.failure, !1);
            }
        };
        ActivitySource.prototype.now = function() {
            return this.context.scheduler.now();
        };
        ActivitySource.prototype.leads = function() {
            var tabs = this.context.tabs();
            return !!tabs && tabs.isLeader;
        };
        ActivitySource.prototype.clockKnown = function() {
            return void 0 !== this.context.clock.skew(this.now());
        };
        ActivitySource.prototype.look = function() {
            if ("running" === this.failures.mode) {
                this.takeInHand() && !this.answers.hasWaiting() || !this.context.mayAsk() ? this.looks.plan(!1) : this.poll();
            }
        };
        ActivitySource.prototype.takeInHand = function() {
            var justTaken = this.takeSharedAnswer();
            var latest = this.answers.latest;
            var usable = this.clockKnown() && this.answers.isFresh(this.now());
            usable && latest && latest.full && !justTaken && this.answers.apply(latest);
            return usable;
        };
        ActivitySource.prototype.takeAtEndOfTask = function() {
            "running" === this.failures.mode && !this.takeInHand() && this.nobodyPolls() && this.context.mayAskBeforeJoin() && this.poll();
        };
        ActivitySource.prototype.nobodyPolls = function() {
            var at = this.context.clock.measuredAt();
            return !!this.context.store && 0 === this.poller.sent && (void 0 === at || this.now() - at > 2 * this.context.settings().intervalMs);
        };
        ActivitySource.prototype.resume = function() {
            if (this.failures.resume()) {
                this.answers.clear();
                this.looks.plan(!0);
            }
        };
        ActivitySource.prototype.poll = function() {
            var _this = this;
            if (!this.poller.inFlight) {
                this.looks.cancelCheck();
                this.poller.send(function(snapshot) {
                    _this.succeeded(snapshot);
                }, function(f) {
                    _this.failed(f);
                });
            }
        };
        ActivitySource.prototype.succeeded = function(snapshot) {
            var now = this.now();
            void 0 !== snapshot.serverTime && this.context.clock.measured(snapshot.serverTime, now);
            this.answers.share(snapshot.entries, now, this.poller.lastSeen && this.poller.lastSeen.bytes);
            this.failures.notBefore = 0;
            this.accept({
                entries: snapshot.entries,
                at: now,
                source: "request",
                full: !0
            });
        };
        ActivitySource.prototype.failed = function(f) {
            var tabs = this.context.tabs();
            tabs && tabs.publish({
                kind: "failure",
                failure: f
            });
            this.recordFailure(f, !0);
            this.looks.plan(!1);
        };
        ActivitySource.prototype.recordFailure = function(f, own) {
            var settings = this.context.settings();
            if ("retry" === this.failures.record(f, this.now(), settings.intervalMs, own).action) this.context.board.markStale(); else {
                this.answers.latest = void 0;
                this.context.board.forgetAll();
                this.looks.cancelCheck();
            }
        };
        ActivitySource.prototype.takeSharedAnswer = function() {
            var shared = this.answers.sharedAnswer(this.now());
            shared && this.accept(shared);
            return !!shared;
        };
        ActivitySource.prototype.accept = function(answer) {
            this.answers.latest = answer;
            if (this.clockKnown()) {
                this.failures.recovered();
                this.answers.apply(answer);
            }
            this.looks.plan(!1);
        };
        return ActivitySource;
    }();
    function dotStatus(activity, availability) {
        if (!availability) return activity;
        switch (availability.state) {
          case "busy":
          case "dnd":
            return availability.state;

          case "available":
            return "online";

          case "away":
            return "online" === activity ? "online" : "away";

          default:
            return activity;
        }
    }
    var AVAILABILITY_STATES = [ "available", "busy", "dnd", "away", "offline", "unknown" ];
    var VENDORS = [ "teams", "ringcentral", "symphony" ];
    var AVAILABILITY_ACTIVITIES = [ "inAMeeting", "onThePhone", "presenting", "focusing", "beRightBack", "outOfOffice", "offWork" ];
    function askJson(transport, request, timeoutMs, scheduler, what) {
        return new Observable(function(subscriber) {
            var controller = new AbortController;
            transport({
                endpoint: request.endpoint,
                method: request.method,
                body: request.body,
                signal: controller.signal
            }).then(function(answer) {
                var json;
                try {
                    json = answer.body.length > 25165824 ? void 0 : JSON.parse(answer.body);
                } catch (e) {
                    json = void 0;
                }
                subscriber.next({
                    status: answer.status,
                    json: json
                });
                subscriber.complete();
            }, function(error) {
                subscriber.error(isFailure(error) ? error : failure("network", "the " + what + " request failed (network); backing off"));
            });
            return function() {
                controller.abort();
            };
        }).pipe(deadline(timeoutMs, scheduler, function() {
            return failure("timeout", "the " + what + " request timed out; backing off");
        }));
    }
    var ScheduledSource = function() {
        function ScheduledSource(context) {
            this.context = context;
            this.failures = 0;
            this.off = !1;
            this.requests = 0;
            this.reporter = createReporter(context.log);
        }
        Object.defineProperty(ScheduledSource.prototype, "requestsSent", {
            get: function() {
                return this.requests;
            },
            enumerable: !1,
            configurable: !0
        });
        ScheduledSource.prototype.configure = function(config) {
            var changed = JSON.stringify(config) !== JSON.stringify(this.config);
            this.config = config;
            if (changed) {
                this.stop();
                this.off = !1;
                this.failures = 0;
                this.lastSuccess = void 0;
                this.restarted();
            }
            this.wake();
        };
        ScheduledSource.prototype.wake = function() {
            if (!(!this.config || this.off || this.request || this.timer && this.failures > 0)) {
                this.cancel("timer");
                var now = this.context.scheduler.now();
                this.schedule(void 0 === this.lastSuccess ? 0 : this.lastSuccess + this.intervalMs(this.config) - now);
                this.woken();
            }
        };
        ScheduledSource.prototype.heardFromLeader = function() {
            this.lastSuccess = this.context.scheduler.now();
        };
        ScheduledSource.prototype.stop = function() {
            this.cancel("timer");
            this.cancel("request");
            this.stopped();
        };
        ScheduledSource.prototype.status = function() {
            return {
                state: this.config ? this.off ? "off" : this.failures > 0 ? "backing off" : "running" : "not configured",
                lastFailure: this.lastFailure ? {
                    kind: this.lastFailure.kind,
                    message: this.lastFailure.message
                } : void 0
            };
        };
        ScheduledSource.prototype.restarted = function() {};
        ScheduledSource.prototype.woken = function() {};
        ScheduledSource.prototype.stopped = function() {};
        ScheduledSource.prototype.turnedOff = function() {};
        ScheduledSource.prototype.backingOff = function() {};
        ScheduledSource.prototype.cancel = function(name) {
            var subscription = this[name];
            if (subscription) {
                this[name] = void 0;
                subscription.unsubscribe();
            }
        };
        ScheduledSource.prototype.schedule = function(delayMs) {
            var _this = this;
            this.timer = after(delayMs, this.context.scheduler).subscribe(function() {
                _this.timer = void 0;
                _this.ask();
            });
        };
        ScheduledSource.prototype.ask = function() {
            var _this = this;
            var config = this.config;
            if (config) {
                var ids = this.context.ids();
                if (this.context.mayAsk() && 0 !== ids.length) {
                    this.requests++;
                    this.request = askJson(this.context.transport, this.requestFor(config, ids), this.context.timeoutMs(), this.context.scheduler, this.what).subscribe({
                        next: function(answer) {
                            _this.request = void 0;
                            _this.answered(answer, config, ids);
                        },
                        error: function(f) {
                            _this.request = void 0;
                            _this.failed(f);
                        }
                    });
                } else this.schedule(this.intervalMs(config));
            }
        };
        ScheduledSource.prototype.answered = function(answer, config, ids) {
            var status = answer.status;
            if (401 !== status && 403 !== status && 404 !== status) if (status < 200 || status >= 300) this.failed(failure("server", "the " + this.what + " request answered " + status + "; backing off", status)); else {
                var problem = this.read(answer.json, config, ids);
                if (problem) this.failed(problem); else {
                    this.failures = 0;
                    this.lastSuccess = this.context.scheduler.now();
                    this.schedule(this.intervalMs(config));
                }
            } else this.failed(failure(404 === status ? "gone" : "forbidden", this.offMessage(config, status), status));
        };
        ScheduledSource.prototype.failed = function(f) {
            var config = this.config;
            this.lastFailure = f;
            this.reporter.report("failure " + f.kind, f.message);
            if ("gone" !== f.kind && "forbidden" !== f.kind && "origin" !== f.kind) {
                this.failures++;
                this.backingOff();
                var interval = this.intervalMs(config);
                var decision = retryDecision(f, this.failures, interval, this.context.random());
                this.schedule("retry" === decision.action ? decision.delayMs : interval);
            } else {
                this.off = !0;
                this.stop();
                this.turnedOff();
            }
        };
        return ScheduledSource;
    }();
    function availability_answer_isObject(value) {
        return "object" == typeof value && null !== value && !(value instanceof Array);
    }
    function finite(value) {
        return "number" == typeof value && isFinite(value) ? value : void 0;
    }
    function availability_answer_text(value, max) {
        return "string" == typeof value ? value.slice(0, max) : "";
    }
    function readServer(raw) {
        if (availability_answer_isObject(raw)) {
            var failure = availability_answer_isObject(raw.lastFailure) ? raw.lastFailure : void 0;
            return {
                vendor: availability_answer_text(raw.vendor, 40),
                enabled: !1 !== raw.enabled,
                intervalSeconds: finite(raw.intervalSeconds),
                lastRefresh: finite(raw.lastRefresh),
                usersMapped: finite(raw.usersMapped),
                lastFailure: failure ? {
                    at: finite(failure.at) || 0,
                    status: finite(failure.status) || 0,
                    message: availability_answer_text(failure.message, 500)
                } : null,
                off: availability_answer_text(raw.off, 500),
                notes: raw.notes instanceof Array ? raw.notes.slice(0, 5).map(function(n) {
                    return availability_answer_text(n, 300);
                }) : []
            };
        }
    }
    function readAvailabilityAnswer(json, watched) {
        var body = availability_answer_isObject(json) ? json.result : void 0;
        if (availability_answer_isObject(body) && availability_answer_isObject(body.users)) {
            var vendor = VENDORS.indexOf(body.vendor) >= 0 ? body.vendor : void 0;
            var takenAt = finite(body.takenAt);
            var serverTime = finite(body.serverTime);
            var users = body.users;
            var availability = new Map;
            var unknown = [];
            Object.keys(users).forEach(function(key) {
                var id = normaliseSysId(key);
                if (void 0 !== id && watched.has(id)) {
                    var read = function(raw, fallbackVendor) {
                        if (!availability_answer_isObject(raw)) return "entry " + typeof raw;
                        var state = raw.availability;
                        if (AVAILABILITY_STATES.indexOf(state) < 0) return "availability " + String(raw.availability).slice(0, 40);
                        var source = VENDORS.indexOf(raw.vendor) >= 0 ? raw.vendor : fallbackVendor;
                        if (!source) return "vendor " + String(raw.vendor).slice(0, 40);
                        var result = {
                            state: state,
                            source: source
                        };
                        if (void 0 !== raw.activity) {
                            if (AVAILABILITY_ACTIVITIES.indexOf(raw.activity) < 0) return "activity " + String(raw.activity).slice(0, 40);
                            result.activity = raw.activity;
                        }
                        return result;
                    }(users[key], vendor);
                    "string" != typeof read ? availability.set(id, read) : unknown.indexOf(read) < 0 && unknown.push(read);
                }
            });
            return {
                availability: availability,
                ageMs: void 0 !== takenAt && void 0 !== serverTime && takenAt > 0 ? Math.max(0, serverTime - takenAt) : void 0,
                unknown: unknown,
                server: readServer(body.server)
            };
        }
    }
    var AvailabilitySource = function(_super) {
        __extends(AvailabilitySource, _super);
        function AvailabilitySource() {
            var _this = null !== _super && _super.apply(this, arguments) || this;
            _this.what = "availability";
            _this.holding = !1;
            return _this;
        }
        AvailabilitySource.prototype.diagnosis = function() {
            var config = this.config;
            if (config) {
                var status = this.status();
                return {
                    state: status.state,
                    lastFailure: status.lastFailure,
                    endpoint: config.endpoint,
                    intervalMs: config.intervalMs,
                    snapshotAgeMs: this.last && this.last.ageMs,
                    usersWithAvailability: this.last && this.last.users,
                    server: this.last && this.last.server
                };
            }
        };
        AvailabilitySource.prototype.intervalMs = function(config) {
            return config.intervalMs;
        };
        AvailabilitySource.prototype.requestFor = function(config, ids) {
            ids.length > 2e3 && this.reporter.report("too many", "availability for the first 2000 of " + ids.length + " users only (the most one request takes)");
            return {
                endpoint: config.endpoint,
                body: {
                    users: ids.slice(0, 2e3)
                }
            };
        };
        AvailabilitySource.prototype.offMessage = function(config, status) {
            var off = "; availability is off for this page (the activity dots go on)";
            return 404 === status ? "the availability endpoint " + config.endpoint + " answered 404" + off + '. Check that the sp-presence update set is committed (Scripted REST API "sp-presence", active); if your APIs answer under your company code, not /api/global/, set the widget\'s availability endpoint to /api/<company code>/sp_presence/availability' : "the availability endpoint " + config.endpoint + " answered " + status + off + (403 === status ? ' (the ACL of the sp-presence REST API, or the REST API\'s "requires snc_internal role", refused this user)' : "");
        };
        AvailabilitySource.prototype.read = function(json, config, ids) {
            var read = void 0 === json ? void 0 : readAvailabilityAnswer(json, new Set(ids));
            if (!read) return failure("shape", 'the availability answer is not {"result": {"users": {...}}}; backing off');
            var reporter = this.reporter;
            read.unknown.forEach(function(value) {
                reporter.report("unknown " + value, "unreadable availability value (" + value + "): such users show their activity only");
            });
            this.last = {
                ageMs: read.ageMs,
                users: read.availability.size,
                server: read.server
            };
            if (void 0 !== read.ageMs && read.ageMs > 2 * config.intervalMs) this.drop(); else {
                this.holding = !0;
                this.context.emit(read.availability);
            }
        };
        AvailabilitySource.prototype.stopped = function() {
            this.drop();
        };
        AvailabilitySource.prototype.backingOff = function() {
            var now = this.context.scheduler.now();
            (void 0 === this.lastSuccess || now - this.lastSuccess >= 2 * this.config.intervalMs) && this.drop();
        };
        AvailabilitySource.prototype.drop = function() {
            if (this.holding) {
                this.holding = !1;
                this.context.emit(new Map);
            }
        };
        return AvailabilitySource;
    }(ScheduledSource);
    var availability = {
        name: "availability",
        config: function(settings) {
            return settings.availability;
        },
        create: function(context) {
            return new AvailabilitySource(context);
        },
        readValue: function(raw) {
            var a = raw;
            if (!("object" != typeof a || null === a || AVAILABILITY_STATES.indexOf(a.state) < 0 || VENDORS.indexOf(a.source) < 0 || void 0 !== a.activity && AVAILABILITY_ACTIVITIES.indexOf(a.activity) < 0)) {
                var result = {
                    state: a.state,
                    source: a.source
                };
                void 0 !== a.activity && (result.activity = a.activity);
                return result;
            }
        },
        apply: function(board, values) {
            board.applyAvailability(values);
        }
    };
    var BUILT_IN_SOURCES = [ availability ];
    function runUserSource(spec, context) {
        var leads = function() {
            var tabs = context.tabs();
            return !!tabs && tabs.isLeader;
        };
        var last = new Map;
        var own = !1;
        var sharedTo = new Set;
        var pendingShare;
        var apply = function(values) {
            last = values;
            spec.apply(context.board, values);
        };
        var share = function(values) {
            var tabs = context.tabs();
            var remote = new Set(tabs && tabs.isLeader ? tabs.remoteIds() : []);
            sharedTo = remote;
            if (tabs && 0 !== remote.size) {
                var entries = [];
                values.forEach(function(value, user) {
                    remote.has(user) && entries.push({
                        user: user,
                        value: value
                    });
                });
                tabs.publish({
                    kind: "facts",
                    source: spec.name,
                    entries: entries
                });
            }
        };
        var source = spec.create({
            transport: context.transport,
            scheduler: context.scheduler,
            random: context.random,
            log: context.log,
            timeoutMs: function() {
                return context.settings().timeoutMs;
            },
            ids: context.ids,
            mayAsk: context.mayAsk,
            emit: function(values) {
                own = !0;
                apply(values);
                share(values);
            }
        });
        return {
            name: spec.name,
            start: function() {
                source.configure(spec.config(context.settings()));
            },
            wake: function(event) {
                if ("settings" === event) source.configure(spec.config(context.settings())); else if ("peers" === event) {
                    var tabs = context.tabs();
                    own && leads() && !!tabs && tabs.remoteIds().some(function(id) {
                        return !sharedTo.has(id);
                    }) && !pendingShare && (pendingShare = after(context.settings().coalesceMs, context.scheduler).subscribe(function() {
                        pendingShare = void 0;
                        own && leads() && share(last);
                    }));
                } else "leadership" !== event && "active" !== event && "inactive" !== event || source.wake();
            },
            receiveShared: function(result) {
                if ("facts" === result.kind && result.source === spec.name && !leads()) {
                    var values = new Map;
                    for (var i = 0; i < result.entries.length; i++) {
                        var value = spec.readValue(result.entries[i].value);
                        if (void 0 === value) return;
                        values.set(result.entries[i].user, value);
                    }
                    own = !1;
                    apply(values);
                    source.heardFromLeader();
                }
            },
            update: function(user, raw) {
                var value = spec.readValue(raw);
                if (void 0 !== value) {
                    var values = new Map(last);
                    values.set(user, value);
                    apply(values);
                }
            },
            stop: function() {
                if (pendingShare) {
                    pendingShare.unsubscribe();
                    pendingShare = void 0;
                }
                source.stop();
            },
            diagnosis: function() {
                return source.diagnosis ? source.diagnosis() : void 0;
            },
            get requestsSent() {
                return source.requestsSent;
            }
        };
    }
    function show(entry, presence) {
        entry.shown = presence;
        var listeners = entry.listeners.length > 1 ? entry.listeners.slice() : entry.listeners;
        for (var i = 0; i < listeners.length; i++) try {
            listeners[i](presence);
        } catch (error) {
            Promise.reject(error);
        }
    }
    function evaluate(entry, serverNow, thresholds, office, forgotten) {
        var elapsed = void 0 === entry.lastOn ? void 0 : serverNow - entry.lastOn;
        var activity = function(elapsedMs, thresholds) {
            return void 0 !== elapsedMs && isFinite(elapsedMs) ? (elapsedMs = Math.max(0, elapsedMs)) < thresholds.onlineMs ? "online" : elapsedMs < thresholds.awayMs ? "away" : "offline" : "offline";
        }(elapsed, thresholds);
        var status = dotStatus(activity, entry.availability);
        var ages = void 0 !== elapsed && isFinite(elapsed);
        var lastSeenMs = ages ? Math.max(0, elapsed) : void 0;
        var unknown = forgotten && "offline" === status;
        var current = entry.shown;
        var same = !!current && current.status === status && current.activity === activity && !current.stale && !!current.unknown === unknown && sameAvailability(current.availability, entry.availability) && sameOffice(current.office, office) && ("offline" !== activity || (void 0 === current.lastSeenMs ? void 0 === lastSeenMs : void 0 !== lastSeenMs && ageBucket(current.lastSeenMs) === ageBucket(lastSeenMs)));
        if (entry.known && !same) {
            var shown = {
                status: status,
                activity: activity,
                stale: !1
            };
            void 0 !== lastSeenMs && (shown.lastSeenMs = lastSeenMs);
            entry.availability && (shown.availability = entry.availability);
            office && (shown.office = office);
            unknown && (shown.unknown = "unavailable");
            show(entry, shown);
        }
        var wait = function(elapsedMs, thresholds) {
            if (void 0 !== elapsedMs && isFinite(elapsedMs)) return (elapsedMs = Math.max(0, elapsedMs)) < thresholds.onlineMs ? thresholds.onlineMs - elapsedMs : elapsedMs < thresholds.awayMs ? thresholds.awayMs - elapsedMs : void 0;
        }(elapsed, thresholds);
        entry.changeAt = void 0 !== wait ? serverNow + wait : ages && "offline" === activity ? 6e4 * (Math.floor(serverNow / 6e4) + 1) : 1 / 0;
    }
    var NOT_FOLLOWED = {
        following: !1
    };
    var StatusBoard = function() {
        function StatusBoard(scheduler, thresholds, serverNow) {
            this.scheduler = scheduler;
            this.thresholds = thresholds;
            this.serverNow = serverNow;
            this.entries = new Map;
            this.ageingAt = 1 / 0;
            this.evaluatedSkew = 0;
            this.stale = !1;
            this.forgotten = !1;
        }
        StatusBoard.prototype.has = function(id) {
            return this.entries.has(id);
        };
        Object.defineProperty(StatusBoard.prototype, "size", {
            get: function() {
                return this.entries.size;
            },
            enumerable: !1,
            configurable: !0
        });
        StatusBoard.prototype.ids = function() {
            var ids = [];
            this.entries.forEach(function(_entry, id) {
                ids.push(id);
            });
            return ids;
        };
        StatusBoard.prototype.acquire = function(id, initial) {
            var entry = this.entries.get(id);
            if (entry) {
                entry.refs++;
                return !1;
            }
            this.entries.set(id, function(initial) {
                return {
                    refs: 1,
                    lastOn: void 0,
                    availability: void 0,
                    known: void 0 !== initial,
                    changeAt: 1 / 0,
                    shown: void 0 === initial ? void 0 : {
                        status: initial,
                        activity: initial,
                        stale: !1
                    },
                    listeners: []
                };
            }(initial));
            return !0;
        };
        StatusBoard.prototype.release = function(id) {
            var entry = this.entries.get(id);
            if (!entry || --entry.refs > 0) return !1;
            this.entries.delete(id);
            0 === this.entries.size && this.stopAgeing();
            return !0;
        };
        StatusBoard.prototype.listen = function(id, listener) {
            return function(entry, listener) {
                var listeners = entry.listeners;
                listeners.push(listener);
                entry.shown && listener(entry.shown);
                return function() {
                    var at = listeners.indexOf(listener);
                    at >= 0 && listeners.splice(at, 1);
                };
            }(this.entries.get(id), listener);
        };
        StatusBoard.prototype.apply = function(ids, lastOn) {
            var entries = this.entries;
            this.take(lastOn, function(visit) {
                ids.forEach(function(id) {
                    var entry = entries.get(id);
                    entry && visit(id, entry);
                });
            });
        };
        StatusBoard.prototype.applyToAll = function(lastOn) {
            var entries = this.entries;
            this.take(lastOn, function(visit) {
                entries.forEach(function(entry, id) {
                    visit(id, entry);
                });
            });
        };
        StatusBoard.prototype.take = function(lastOn, each) {
            var _this = this;
            if (this.stale || this.forgotten) {
                this.stale = !1;
                this.forgotten = !1;
                each(function(id, entry) {
                    entry.lastOn = lastOn.get(id);
                    entry.known = !0;
                });
                this.refresh();
            } else {
                var serverNow = this.serverNow();
                Math.abs(serverNow - this.scheduler.now() - this.evaluatedSkew) > 1e3 && this.refresh();
                var thresholds = this.thresholds();
                var soonest = 1 / 0;
                each(function(id, entry) {
                    var time = lastOn.get(id);
                    if (!entry.known || entry.lastOn !== time) {
                        var current = entry.shown;
                        var stillOnline = entry.known && !!current && "online" === current.activity && !current.stale && void 0 !== time && serverNow - time < thresholds.onlineMs;
                        entry.lastOn = time;
                        if (stillOnline) entry.changeAt = serverNow + thresholds.onlineMs - Math.max(0, serverNow - time); else {
                            entry.known = !0;
                            evaluate(entry, serverNow, thresholds, _this.officeOf(id), _this.forgotten);
                        }
                        soonest = Math.min(soonest, entry.changeAt);
                    }
                });
                soonest < this.ageingAt && this.scheduleAgeing(soonest, serverNow);
            }
        };
        StatusBoard.prototype.applyAvailability = function(availability) {
            this.entries.forEach(function(entry, id) {
                entry.availability = availability.get(id);
            });
            this.refresh();
        };
        StatusBoard.prototype.applyOffice = function(days) {
            this.office = days.size > 0 ? days : void 0;
            this.refresh();
        };
        StatusBoard.prototype.officeOf = function(id) {
            return this.office && (this.office.get(id) || NOT_FOLLOWED);
        };
        StatusBoard.prototype.markStale = function() {
            this.stale = !0;
            this.stopAgeing();
            this.entries.forEach(function(entry) {
                var current = entry.shown;
                if (entry.known && void 0 !== current) current.unknown || current.stale || show(entry, Object.assign({}, current, {
                    stale: !0
                })); else {
                    entry.known = !0;
                    show(entry, unknownPresence());
                }
            });
        };
        StatusBoard.prototype.forgetAll = function() {
            this.stale = !1;
            this.forgotten = !0;
            this.entries.forEach(function(entry) {
                entry.lastOn = void 0;
                entry.known = !0;
            });
            this.refresh();
        };
        StatusBoard.prototype.refresh = function() {
            this.stopAgeing();
            this.stale ? this.recombine() : this.evaluateDue(1 / 0);
        };
        StatusBoard.prototype.evaluateDue = function(until) {
            var _this = this;
            var serverNow = this.serverNow();
            until === 1 / 0 && (this.evaluatedSkew = serverNow - this.scheduler.now());
            var thresholds = this.thresholds();
            var soonest = 1 / 0;
            this.entries.forEach(function(entry, id) {
                entry.changeAt <= until && evaluate(entry, serverNow, thresholds, _this.officeOf(id), _this.forgotten);
                soonest = Math.min(soonest, entry.changeAt);
            });
            this.scheduleAgeing(soonest, serverNow);
        };
        StatusBoard.prototype.scheduleAgeing = function(at, serverNow) {
            var _this = this;
            this.stopAgeing();
            if (at !== 1 / 0) {
                this.ageingAt = at;
                this.ageing = after(Math.max(0, at - serverNow), this.scheduler).subscribe(function() {
                    _this.ageing = void 0;
                    _this.ageingAt = 1 / 0;
                    _this.evaluateDue(_this.serverNow());
                });
            }
        };
        StatusBoard.prototype.recombine = function() {
            var _this = this;
            this.entries.forEach(function(entry, id) {
                var current = entry.shown;
                if (entry.known && void 0 !== current) {
                    var shown = Object.assign({}, current, {
                        status: dotStatus(current.activity, entry.availability),
                        availability: entry.availability
                    });
                    entry.availability || delete shown.availability;
                    var office = _this.officeOf(id);
                    office ? shown.office = office : delete shown.office;
                    (b = shown, minute = function(p) {
                        return void 0 === p.lastSeenMs ? -1 : "offline" === p.activity ? ageBucket(p.lastSeenMs) : 0;
                    }, (a = current).status === b.status && a.stale === b.stale && a.unknown === b.unknown && sameAvailability(a.availability, b.availability) && sameOffice(a.office, b.office) && minute(a) === minute(b)) || show(entry, shown);
                    var a, b, minute;
                }
            });
        };
        StatusBoard.prototype.stopAgeing = function() {
            this.ageingAt = 1 / 0;
            if (this.ageing) {
                this.ageing.unsubscribe();
                this.ageing = void 0;
            }
        };
        return StatusBoard;
    }();
    var OFFLINE = unknownPresence();
    var DISABLED = unknownPresence("disabled");
    var PresenceEngine = function() {
        function PresenceEngine(options) {
            var _this = this;
            this.active = !0;
            this.options = options;
            this.signals = options.signals || ALWAYS_ACTIVE;
            this.scheduler = options.scheduler || asyncScheduler;
            var log = options.log || function(message) {
                console.warn(message);
            };
            this.misuse = createReporter(log);
            this.settings = mergeSettings(DEFAULT_SETTINGS, options.settings || {});
            var clock = new ServerClock(options.store);
            this.board = new StatusBoard(this.scheduler, function() {
                return "ui16" === (settings = _this.settings).thresholds ? {
                    onlineMs: 2.5 * settings.intervalMs + 1,
                    awayMs: 5 * settings.intervalMs + 1
                } : {
                    onlineMs: settings.onlineMs,
                    awayMs: settings.awayMs
                };
                var settings;
            }, function() {
                return _this.scheduler.now() + (clock.skew(_this.scheduler.now()) || 0);
            });
            var context = {
                transport: options.transport,
                scheduler: this.scheduler,
                random: options.random || Math.random,
                log: log,
                settings: function() {
                    return _this.settings;
                },
                board: this.board,
                clock: clock,
                store: options.store,
                tabs: function() {
                    return _this.tabs;
                },
                ids: function() {
                    return function(own, tabs) {
                        if (!tabs || !tabs.isLeader) return own;
                        var ids = own.slice();
                        var seen = new Set(own);
                        tabs.remoteIds().forEach(function(id) {
                            if (!seen.has(id)) {
                                seen.add(id);
                                ids.push(id);
                            }
                        });
                        return ids;
                    }(_this.board.ids(), _this.tabs);
                },
                mayAsk: function() {
                    return _this.mayAsk();
                },
                mayAskBeforeJoin: function() {
                    return _this.mayAsk(!0);
                }
            };
            this.activity = new ActivitySource(context, {
                platform$: options.platform$,
                storeChanged$: options.storeChanged$
            });
            this.context = context;
            this.sources = [ this.activity ].concat(BUILT_IN_SOURCES.map(function(spec) {
                return runUserSource(spec, context);
            }));
        }
        PresenceEngine.prototype.addSource = function(spec) {
            if (!this.named(spec.name)) {
                var source = runUserSource(spec, this.context);
                this.sources.push(source);
                this.listening && source.start();
            }
        };
        PresenceEngine.prototype.requestsSentBy = function(name) {
            var found = this.named(name);
            return found ? found.requestsSent : 0;
        };
        PresenceEngine.prototype.update = function(sourceName, user, value) {
            var source = this.named(sourceName);
            source && source.update && source.update(user, value);
        };
        Object.defineProperty(PresenceEngine.prototype, "requestsSent", {
            get: function() {
                return this.activity.requestsSent;
            },
            enumerable: !1,
            configurable: !0
        });
        Object.defineProperty(PresenceEngine.prototype, "watchedCount", {
            get: function() {
                return this.board.size;
            },
            enumerable: !1,
            configurable: !0
        });
        PresenceEngine.prototype.configure = function(changes) {
            this.settings = mergeSettings(this.settings, changes);
            this.board.refresh();
            this.listening && this.tell("settings");
            return Object.assign({}, this.settings);
        };
        PresenceEngine.prototype.follow = function(sysId, listener) {
            var _this = this;
            if (this.options.disabled) {
                this.misuse.report("disabled", "user presence is disabled on this instance (PRESENCE_DISABLED): no dots, no requests");
                listener(DISABLED);
                return noop_noop;
            }
            var id = normaliseSysId(sysId);
            if (void 0 === id) {
                this.misuse.report("invalid-id", "ignoring invalid sys_id " + describeInput(sysId) + " (and any later ones): such users show as offline");
                listener(OFFLINE);
                return noop_noop;
            }
            this.acquire(id);
            var stop = this.board.listen(id, listener);
            var following = !0;
            return function() {
                if (following) {
                    following = !1;
                    stop();
                    _this.release(id);
                }
            };
        };
        PresenceEngine.prototype.diagnose = function() {
            var _this = this;
            return this.options.disabled ? Promise.resolve(this.report()) : this.activity.diagnose().then(function() {
                return _this.report();
            });
        };
        PresenceEngine.prototype.report = function() {
            var diagnosis = this.activity.diagnosis();
            diagnosis.disabled = !!this.options.disabled;
            this.sources.forEach(function(source) {
                var report = source.diagnosis && source.diagnosis();
                report && (diagnosis.sources[source.name] = report);
            });
            return diagnosis;
        };
        PresenceEngine.prototype.refresh = function() {
            this.activity.refresh() && this.tabs && this.tabs.requestResume();
        };
        PresenceEngine.prototype.named = function(name) {
            return this.sources.filter(function(s) {
                return s.name === name;
            })[0];
        };
        PresenceEngine.prototype.tell = function(event) {
            this.sources.forEach(function(source) {
                return source.wake(event);
            });
        };
        PresenceEngine.prototype.mayAsk = function(beforeJoin) {
            return !this.activity.lost && function(tabs, beforeJoin) {
                return !tabs || tabs.isLeader || beforeJoin && 0 === tabs.remoteIds().length && !tabs.anyRemoteActive();
            }(this.tabs, !!beforeJoin) && (tabs = this.tabs, this.active || !!tabs && tabs.anyRemoteActive()) && this.board.size > 0;
            var tabs;
        };
        PresenceEngine.prototype.acquire = function(id) {
            var isNew = this.board.acquire(id, this.activity.lost ? "offline" : void 0);
            this.listening ? isNew && this.tabs && this.tabs.announce() : this.startListening();
            isNew && this.tell("mounted");
        };
        PresenceEngine.prototype.release = function(id) {
            if (this.board.release(id)) {
                this.activity.released(id);
                0 === this.board.size ? this.stopAll() : this.tabs && this.tabs.announce();
            }
        };
        PresenceEngine.prototype.startListening = function() {
            var _this = this;
            var o = this.options;
            this.listening = new Subscription;
            if (o.tabs) {
                this.tabs = function(channel, settings, scheduler, random, local, tell, receive, membership) {
                    var interval = settings.intervalMs;
                    var tabs = new TabLeader({
                        channel: channel,
                        heartbeatMs: interval / 4,
                        leaseMs: interval / 2,
                        joinMs: settings.coalesceMs / 2,
                        resultLeaseMs: 2 * interval,
                        readResult: readSharedResult,
                        scheduler: scheduler,
                        id: newTabId(scheduler.now(), random())
                    });
                    tabs.start(local, {
                        leadership: function() {
                            return tell("leadership");
                        },
                        peersChanged: function() {
                            return tell("peers");
                        },
                        resume: function() {
                            return tell("resume");
                        },
                        result: receive
                    });
                    membership.add(function() {
                        return tabs.stop();
                    });
                    return tabs;
                }(o.tabs, this.settings, this.scheduler, o.random || Math.random, {
                    ids: function() {
                        return _this.board.ids();
                    },
                    active: function() {
                        return _this.active;
                    }
                }, function(event) {
                    return _this.tell(event);
                }, function(result) {
                    return _this.sources.forEach(function(source) {
                        return source.receiveShared(result);
                    });
                }, this.listening);
                this.listening.add(function() {
                    _this.tabs = void 0;
                });
            }
            this.sources.forEach(function(source) {
                return source.start();
            });
            this.listening.add(function() {
                return _this.sources.forEach(function(source) {
                    return source.stop();
                });
            });
            this.listening.add(this.signals.active$.subscribe(function(active) {
                _this.setActive(active);
            }));
            this.listening.add(this.signals.resume$.subscribe(function() {
                _this.resumeEverywhere();
            }));
        };
        PresenceEngine.prototype.stopAll = function() {
            var listening = this.listening;
            this.listening = void 0;
            listening && listening.unsubscribe();
        };
        PresenceEngine.prototype.setActive = function(active) {
            if (this.active !== active) {
                this.active = active;
                this.tabs && this.tabs.announce();
                this.tell(active ? "active" : "inactive");
            }
        };
        PresenceEngine.prototype.resumeEverywhere = function() {
            this.tabs && this.tabs.requestResume();
            this.tell("resume");
        };
        return PresenceEngine;
    }();
    function listenTo(target, type, listener) {
        target.addEventListener(type, listener);
        return function() {
            target.removeEventListener(type, listener);
        };
    }
    function storageChannel(win, name) {
        var key = name + ":bus";
        var nonce = 0;
        return {
            post: function(message) {
                try {
                    win.localStorage.setItem(key, JSON.stringify({
                        n: ++nonce,
                        r: Math.random(),
                        m: message
                    }));
                } catch (e) {}
            },
            listen: function(handler) {
                return listenTo(win, "storage", function(event) {
                    var write = event;
                    var message = write.key === key && write.newValue ? function(text) {
                        try {
                            var envelope = JSON.parse(text);
                            return envelope && "object" == typeof envelope ? envelope.m : void 0;
                        } catch (e) {
                            return;
                        }
                    }(write.newValue) : void 0;
                    void 0 !== message && handler(message);
                });
            },
            close: function() {}
        };
    }
    function openTabChannel(win, name) {
        var Channel = win.BroadcastChannel;
        if ("function" == typeof Channel) return function(Channel, name) {
            var channel = new Channel(name);
            return {
                post: function(message) {
                    channel.postMessage(message);
                },
                listen: function(handler) {
                    return listenTo(channel, "message", function(event) {
                        handler(event.data);
                    });
                },
                close: function() {
                    channel.close();
                }
            };
        }(Channel, name);
        try {
            if (win.localStorage) return storageChannel(win, name);
        } catch (e) {}
    }
    function heartbeatBody(location, userAgent, nowMs) {
        return JSON.stringify({
            user_agent: userAgent,
            ua_time: new Date(nowMs).toISOString(),
            href: location.href,
            pathname: location.pathname,
            search: location.search,
            path: location.pathname + location.search
        });
    }
    function fetchTransport(options) {
        return function(request) {
            var headers = {
                Accept: "application/json",
                "Content-Type": "application/json;charset=UTF-8"
            };
            var token = options.token();
            token && (headers["X-UserToken"] = token);
            var now = options.now();
            var ui16 = void 0 === request.body && void 0 === request.method;
            var url = function(path, origin) {
                try {
                    var url = new URL(path, origin);
                    return url.origin === origin ? url.href : void 0;
                } catch (e) {
                    return;
                }
            }(ui16 ? (endpoint = request.endpoint, nowMs = now, endpoint + (endpoint.indexOf("?") < 0 ? "?" : "&") + "sysparm_auto_request=true&cd=" + nowMs) : request.endpoint, options.location.origin);
            var endpoint, nowMs;
            return void 0 === url ? Promise.reject(failure("origin", "refusing to send the session token to " + JSON.stringify(request.endpoint) + ": not on this page's origin (" + options.location.origin + "); presence is off for this page")) : options.fetch(url, {
                method: request.method || "POST",
                credentials: "same-origin",
                headers: headers,
                body: ui16 ? heartbeatBody(options.location, options.userAgent, now) : void 0 === request.body ? void 0 : JSON.stringify(request.body),
                signal: request.signal
            }).then(function(response) {
                return response.text().then(function(body) {
                    return {
                        status: response.status,
                        contentType: response.headers.get("Content-Type") || "",
                        body: body,
                        retryAfter: response.headers.get("Retry-After")
                    };
                });
            });
        };
    }
    var DEFAULT_LABELS = Object.assign({}, {
        seconds: "{0} s",
        minutes: "{0} min",
        hours: "{0} h",
        days: "{0} d"
    }, {
        alsoHere: "Also on this ticket",
        typingWorkNote: "typing a work note",
        typingComment: "typing a comment",
        typingOther: "typing",
        viewing: "viewing",
        entered: "just arrived",
        probablyLeft: "probably left",
        more: "+{0} more",
        moreNamed: "{0} more: {1}",
        startedTyping: "{0} started typing"
    }, {
        online: "Online",
        away: "Away",
        offline: "Offline",
        busy: "Busy",
        dnd: "Do not disturb",
        activeNow: "{0}, active now",
        activeAgo: "{0}, active {1} ago",
        lastSeen: "Last seen {0} ago",
        fromSource: "{0} ({1})",
        doing: "{0}, {1} ({2})",
        lastKnown: "Last known: {0}",
        presenceOff: "Presence is off on this instance",
        unavailable: "Presence unavailable",
        inAMeeting: "In a meeting",
        onThePhone: "On the phone",
        presenting: "Presenting",
        focusing: "Focusing",
        beRightBack: "Be right back",
        outOfOffice: "Out of office",
        offWork: "Off work",
        teams: "Teams",
        ringcentral: "RingCentral",
        symphony: "Symphony",
        officeToday: "in the office today",
        officeAt: "in the office today ({0})",
        remoteToday: "remote today"
    });
    function availabilityDecided(presence) {
        var availability = presence.availability;
        return !!availability && ("busy" === availability.state || "dnd" === availability.state || "available" === availability.state || "away" === availability.state && "away" === presence.status);
    }
    var lastAgeless;
    function statusWords(presence, labels) {
        if (!function(presence) {
            var seen = presence.lastSeenMs;
            return !!presence.unknown || void 0 === seen || "offline" !== presence.status && isActiveNow(seen) || availabilityDecided(presence);
        }(presence)) return composeStatusWords(presence, labels);
        var last = lastAgeless;
        if (last && last.labels === labels && (a = last.presence, b = presence, a.status === b.status && a.stale === b.stale && a.unknown === b.unknown && void 0 === a.lastSeenMs == (void 0 === b.lastSeenMs) && sameAvailability(a.availability, b.availability))) return last.words;
        var a, b;
        var words = composeStatusWords(presence, labels);
        lastAgeless = {
            presence: presence,
            labels: labels,
            words: words
        };
        return words;
    }
    function composeStatusWords(presence, labels) {
        if (presence.unknown) return "disabled" === presence.unknown ? labels.presenceOff : labels.unavailable;
        var status = labels[presence.status];
        var availability = presence.availability;
        var words;
        if (availability && availabilityDecided(presence)) {
            var source = labels[availability.source];
            words = availability.activity ? fill(labels.doing, [ status, labels[availability.activity], source ]) : fill(labels.fromSource, [ status, source ]);
        } else words = void 0 === presence.lastSeenMs ? status : "offline" === presence.status ? fill(labels.lastSeen, [ describeAge(presence.lastSeenMs, labels) ]) : isActiveNow(presence.lastSeenMs) ? fill(labels.activeNow, [ status ]) : fill(labels.activeAgo, [ status, describeAge(presence.lastSeenMs, labels) ]);
        return presence.stale ? fill(labels.lastKnown, [ words ]) : words;
    }
    function officeWords(office, labels) {
        if (office && void 0 !== office.inOffice) return office.inOffice ? office.location ? fill(labels.officeAt, [ office.location ]) : labels.officeToday : labels.remoteToday;
    }
    function initialSettings(win, warn) {
        var value = win.NOW && win.NOW.presence_interval;
        if (null == value || "" === value) return {};
        try {
            return mergeSettings(DEFAULT_SETTINGS, {
                intervalMs: 1e3 * Number(value)
            });
        } catch (e) {
            warn("[sp-presence] ignoring NOW.presence_interval " + JSON.stringify(String(value)) + " (seconds, at least 5 expected); polling every " + DEFAULT_SETTINGS.intervalMs / 1e3 + " s");
            return {};
        }
    }
    function presenceDisabled($injector) {
        if (!$injector.has("PRESENCE_DISABLED")) return !1;
        var value = $injector.get("PRESENCE_DISABLED");
        return !0 === value || "true" === value;
    }
    function platformPresence($rootScope) {
        return new Observable(function(subscriber) {
            return $rootScope.$on("sn.presence", function(_event, list) {
                subscriber.next(list);
            });
        });
    }
    function map(project, thisArg) {
        return operate(function(source, subscriber) {
            var index = 0;
            source.subscribe(createOperatorSubscriber(subscriber, function(value) {
                subscriber.next(project.call(thisArg, value, index++));
            }));
        });
    }
    var WORKPLACE_KIT = {
        rxjs: {
            Observable: Observable
        },
        operators: {
            map: map
        },
        tslib: {
            __extends: __extends
        },
        delay: {
            after: after
        },
        failure: {
            failure: failure,
            isFailure: isFailure
        },
        reporter: {
            createReporter: createReporter
        },
        askJson: {
            askJson: askJson
        },
        scheduledSource: {
            ScheduledSource: ScheduledSource
        },
        sysId: {
            normaliseSysId: normaliseSysId
        }
    };
    var NO_WORKPLACE_LINE = "[sp-presence] office days, following and recent activities need the Angular Provider spPresenceWorkplace on this page (add it to the widget's Angular Providers): none are shown";
    userPresenceFactory.$inject = [ "$q", "$rootScope", "$window", "$injector" ];
    function userPresenceFactory($q, $rootScope, $window, $injector) {
        var warn = function(message) {
            console.warn(message);
        };
        var store = function(win) {
            try {
                return win.localStorage || void 0;
            } catch (e) {
                return;
            }
        }($window);
        var transport = fetchTransport({
            fetch: $window.fetch.bind($window),
            token: function() {
                return $window.g_ck;
            },
            location: $window.location,
            userAgent: $window.navigator.userAgent,
            now: Date.now
        });
        var engine = new PresenceEngine({
            transport: transport,
            settings: initialSettings($window, warn),
            signals: (win = $window, doc = win.document, isVisible = function() {
                return "hidden" !== doc.visibilityState;
            }, changes$ = domEvents([ doc, "visibilitychange" ], [ win, "online" ], [ win, "offline" ]), 
            {
                active$: new Observable(function(subscriber) {
                    var online = !1 !== win.navigator.onLine;
                    subscriber.next(isVisible() && online);
                    return changes$.subscribe(function(event) {
                        online = "online" === event.type || "offline" !== event.type && online;
                        subscriber.next(isVisible() && online);
                    });
                }).pipe(distinctUntilChanged()),
                resume$: domEvents([ win, "focus" ], [ doc, "visibilitychange" ]).pipe(filter(function(event) {
                    return "focus" === event.type || isVisible();
                }))
            }),
            tabs: openTabChannel($window, "sp-presence/v3"),
            platform$: platformPresence($rootScope),
            store: store,
            storeChanged$: store && sharedAnswerChanges($window),
            disabled: presenceDisabled($injector),
            log: warn
        });
        var win, doc, isVisible, changes$;
        var labels = DEFAULT_LABELS;
        var announces = !1;
        var officeShown = !1;
        var recordState;
        var noPlatformSaid = !1;
        var workplace = function($injector, engine, kit) {
            var workplace;
            var drawer;
            var missingSaid = !1;
            return {
                use: function(create, marker) {
                    if (!workplace) {
                        drawer = marker;
                        workplace = create(kit);
                        engine.addSource(workplace.office);
                    }
                },
                get: function() {
                    !workplace && $injector.has("spPresenceWorkplace") && $injector.get("spPresenceWorkplace");
                    if (!workplace && !missingSaid) {
                        missingSaid = !0;
                        kit.log(NO_WORKPLACE_LINE);
                    }
                    return workplace;
                },
                marker: function() {
                    return drawer;
                }
            };
        }($injector, engine, {
            transport: transport,
            scheduler: asyncScheduler,
            timeoutMs: DEFAULT_SETTINGS.timeoutMs,
            log: warn
        });
        function withRecordState(diagnosis) {
            return recordState ? Object.assign({}, diagnosis, {
                recordPresence: recordState
            }) : diagnosis;
        }
        return {
            getUserPresence: function(users) {
                return users instanceof Array ? $q.all(users.map(function(user) {
                    var ref = "string" == typeof user ? {
                        sys_id: user
                    } : Object.assign({}, user);
                    return (sysId = ref && ref.sys_id, $q(function(resolve) {
                        var stop = void 0;
                        var known = !1;
                        stop = engine.follow(sysId, function(presence) {
                            if (!known) {
                                known = !0;
                                resolve(presence.activity);
                                stop && stop();
                            }
                        });
                        known && stop();
                    })).then(function(status) {
                        return Object.assign({}, ref, {
                            status: status
                        });
                    });
                    var sysId;
                })) : $q.reject(new TypeError("[sp-presence] getUserPresence expects an array of {sys_id} objects or sys_id strings"));
            },
            watch: function(sysId, callback, options) {
                if ("function" != typeof callback) throw new TypeError("[sp-presence] watch(sysId, callback) expects a function as callback (got " + describeInput(callback) + ")");
                var inDigest = !options || !1 !== options.digest;
                return engine.follow(sysId, function(presence) {
                    inDigest ? $rootScope.$applyAsync(function() {
                        callback(presence.status, presence);
                    }) : callback(presence.status, presence);
                });
            },
            configure: function(config) {
                if ("object" != typeof config || null === config || config instanceof Array) throw new SettingsError("expected an object such as { intervalMs: 15000 } (got " + (config instanceof Array ? "an array" : describeInput(config)) + ")");
                var rest = Object.assign({}, config);
                var nextLabels = "labels" in rest ? function(current, input) {
                    if ("object" != typeof input || null === input || input instanceof Array) throw new SettingsError('labels must be an object such as { online: "Online", away: "Away" } (got ' + describeInput(input) + ")");
                    var next = Object.assign({}, current);
                    var given = input;
                    Object.keys(given).forEach(function(key) {
                        var value = given[key];
                        if (!Object.prototype.hasOwnProperty.call(DEFAULT_LABELS, key)) throw new SettingsError('unknown label "' + key + '" (known: ' + Object.keys(DEFAULT_LABELS).join(", ") + ")");
                        if ("string" != typeof value || "" === value.trim()) throw new SettingsError("labels." + key + " must be a non-empty text (got " + describeInput(value) + ")");
                        next[key] = value;
                    });
                    return next;
                }(labels, rest.labels) : labels;
                if ("announce" in rest && "boolean" != typeof rest.announce) throw new SettingsError("announce must be true or false (got " + describeInput(rest.announce) + ")");
                var nextAnnounce = "announce" in rest ? !0 === rest.announce : announces;
                delete rest.labels;
                delete rest.announce;
                var settings = engine.configure(rest);
                labels = nextLabels;
                announces = nextAnnounce;
                return settings;
            },
            labels: function() {
                return labels;
            },
            announces: function() {
                return announces;
            },
            describe: function(presence, name, withOffice) {
                return function(presence, labels, name, withOffice) {
                    var office = withOffice ? officeWords(presence.office, labels) : void 0;
                    var words = statusWords(presence, labels) + (office ? ", " + office : "");
                    return name ? name + ", " + words : words;
                }(presence, labels, name, withOffice);
            },
            describeOffice: function(presence) {
                return presence && officeWords(presence.office, labels);
            },
            report: function() {
                return withRecordState(engine.report());
            },
            noteRecordPresence: function(state) {
                recordState = state;
                if ("disabled" === state) engine.follow(void 0, noop_noop); else if ("no platform record presence" === state && !noPlatformSaid) {
                    noPlatformSaid = !0;
                    warn("[sp-presence] this page has no platform record presence (snRecordPresence): <sp-record-presence> lists nobody");
                }
            },
            refresh: function() {
                engine.refresh();
            },
            showOfficeDays: function() {
                if (workplace.get() && !officeShown) {
                    officeShown = !0;
                    engine.configure({
                        officeDays: !0
                    });
                }
                return workplace.marker();
            },
            follow: function(sysId, follow) {
                var place = workplace.get();
                if (!place) return $q.reject(new Error(NO_WORKPLACE_LINE));
                var id = normaliseSysId(sysId);
                return $q(function(resolve, reject) {
                    place.follow(id, !0 === follow).subscribe({
                        next: function(day) {
                            engine.update("office", id, day);
                            resolve(day);
                        },
                        error: reject
                    });
                });
            },
            recentActivities: function(context, contextInstance) {
                var place = workplace.get();
                return $q.when(place && place.recentActivities(context, contextInstance));
            },
            useWorkplace: workplace.use,
            kit: WORKPLACE_KIT,
            diagnose: function() {
                return $q.when(engine.diagnose()).then(function(found) {
                    var diagnosis = withRecordState(found);
                    console.info("[sp-presence] diagnosis", diagnosis);
                    return diagnosis;
                });
            }
        };
    }
    function recent_activities_text(value) {
        return "string" == typeof value ? value.trim().slice(0, 200) : "";
    }
    var RecentActivities = function() {
        function RecentActivities(transport, scheduler, timeoutMs, log) {
            this.transport = transport;
            this.scheduler = scheduler;
            this.timeoutMs = timeoutMs;
            this.cache = new Map;
            this.reporter = createReporter(log);
        }
        RecentActivities.prototype.of = function(context, contextInstance) {
            var _this = this;
            var ctx = normaliseSysId(context);
            var instance = normaliseSysId(contextInstance);
            if (void 0 === ctx || void 0 === instance) return Promise.resolve(void 0);
            var key = ctx + "/" + instance;
            var found = this.cache.get(key);
            if (!found) {
                var endpoint_1 = "/api/now/actsub/activities?context=" + ctx + "&context_instance=" + instance + "&last=5";
                found = new Promise(function(resolve) {
                    askJson(_this.transport, {
                        endpoint: endpoint_1,
                        method: "GET"
                    }, _this.timeoutMs, _this.scheduler, "recent activities").subscribe({
                        next: function(answer) {
                            var read = answer.status >= 200 && answer.status < 300 ? function(json) {
                                var result = json && "object" == typeof json ? json.result : void 0;
                                var list = result && "object" == typeof result ? result.activities : void 0;
                                if (list instanceof Array) {
                                    var read = [];
                                    for (var i = 0; i < list.length && read.length < 5; i++) {
                                        var a = list[i];
                                        var title = a && "object" == typeof a ? recent_activities_text(a.title) : "";
                                        "" !== title && read.push({
                                            title: title,
                                            created: recent_activities_text(a.created)
                                        });
                                    }
                                    return read;
                                }
                            }(answer.json) : void 0;
                            read || _this.reporter.report("status " + answer.status, "recent activities answered " + answer.status + (404 === answer.status ? " (the Subscriptions and Activity Feed plugin is missing?)" : "") + "; person cards show no activity");
                            resolve(read);
                        },
                        error: function(f) {
                            _this.reporter.report("failure", f && f.message || "the recent activities request failed");
                            resolve(void 0);
                        }
                    });
                });
                this.cache.set(key, found);
            }
            return found;
        };
        return RecentActivities;
    }();
    var WEEKDAYS = [ "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" ];
    function twoDigits(n) {
        return (n < 10 ? "0" : "") + n;
    }
    function officeToday(c, nowMs) {
        if (c.privacy) return {
            following: !0
        };
        var today = (d = new Date(nowMs)).getFullYear() + "-" + twoDigits(d.getMonth() + 1) + "-" + twoDigits(d.getDate());
        var d;
        var exception = c.exceptions.filter(function(e) {
            return e.date === today;
        })[0];
        if (exception) {
            var day = {
                following: !0,
                inOffice: exception.inOffice
            };
            exception.inOffice && "" !== exception.location && (day.location = exception.location);
            return day;
        }
        var planned = c.routine ? c.routine[WEEKDAYS[new Date(nowMs).getDay()]] : void 0;
        return void 0 === planned ? {
            following: !0
        } : {
            following: !0,
            inOffice: planned
        };
    }
    var DATE = /^\d{4}-\d{2}-\d{2}$/;
    function readCollaborator(raw) {
        var c = raw;
        if ("object" == typeof c && null !== c) {
            var sysId = normaliseSysId(c.sys_id);
            if (void 0 !== sysId) {
                if (!0 === c.privacy_enabled || "true" === c.privacy_enabled) return {
                    sysId: sysId,
                    privacy: !0,
                    routine: null,
                    exceptions: []
                };
                var routine = function(raw) {
                    if (null == raw) return null;
                    if (!("object" != typeof raw || raw instanceof Array)) {
                        var given = raw;
                        var routine = {};
                        WEEKDAYS.forEach(function(day) {
                            "boolean" == typeof given[day] && (routine[day] = given[day]);
                        });
                        return routine;
                    }
                }(c.routine);
                var exceptions = function(raw) {
                    if (null == raw) return [];
                    if (raw instanceof Array) {
                        var read = [];
                        for (var i = 0; i < raw.length && i < 400; i++) {
                            var e = raw[i];
                            var inOffice = !(!e || !0 !== e.in_office && "true" !== e.in_office) || (!e || !1 !== e.in_office && "false" !== e.in_office) && void 0;
                            if (e && "string" == typeof e.date && DATE.test(e.date) && void 0 !== inOffice) {
                                var location = "string" == typeof e.location ? e.location.trim().slice(0, 100) : "";
                                read.push({
                                    date: e.date,
                                    inOffice: inOffice,
                                    location: location
                                });
                            }
                        }
                        return read;
                    }
                }(c.exceptions);
                return void 0 === routine || void 0 === exceptions ? void 0 : {
                    sysId: sysId,
                    privacy: !1,
                    routine: routine,
                    exceptions: exceptions
                };
            }
        }
    }
    function readCollaborators(json) {
        var result = json && "object" == typeof json ? json.result : void 0;
        var list = result && "object" == typeof result ? result.collaborators : void 0;
        if (list instanceof Array) {
            var read = [];
            for (var i = 0; i < list.length && i < 5e3; i++) {
                var c = readCollaborator(list[i]);
                c && read.push(c);
            }
            return read;
        }
    }
    var WSD_COLLABORATORS = "/api/sn_wsd_concierge/v1/presence/collaborator";
    var OfficeSource = function(_super) {
        __extends(OfficeSource, _super);
        function OfficeSource() {
            var _this = null !== _super && _super.apply(this, arguments) || this;
            _this.what = "office days";
            return _this;
        }
        OfficeSource.prototype.intervalMs = function() {
            return 18e5;
        };
        OfficeSource.prototype.requestFor = function(config) {
            return {
                endpoint: config.endpoint,
                method: "GET"
            };
        };
        OfficeSource.prototype.offMessage = function(config, status) {
            return config.endpoint + " answered " + status + " (the Workplace Service Delivery plugins or the sn_wsd_core.workplace_user role are missing); office days are off for this page (the dots go on)";
        };
        OfficeSource.prototype.read = function(json) {
            var collaborators = readCollaborators(json);
            if (!collaborators) return failure("shape", 'the office days answer is not {"result": {"collaborators": [...]}}; backing off');
            this.held = collaborators;
            this.emitToday();
        };
        OfficeSource.prototype.restarted = function() {
            this.held = void 0;
        };
        OfficeSource.prototype.woken = function() {
            this.held && !this.midnight && this.emitToday();
        };
        OfficeSource.prototype.stopped = function() {
            if (this.midnight) {
                this.midnight.unsubscribe();
                this.midnight = void 0;
            }
        };
        OfficeSource.prototype.turnedOff = function() {
            this.held = void 0;
            this.context.emit(new Map);
        };
        OfficeSource.prototype.emitToday = function() {
            var _this = this;
            var held = this.held;
            var now = this.context.scheduler.now();
            var days = new Map;
            this.context.ids().forEach(function(id) {
                days.set(id, {
                    following: !1
                });
            });
            held.forEach(function(c) {
                days.set(c.sysId, officeToday(c, now));
            });
            this.context.emit(days);
            this.stopped();
            this.midnight = after(1e3 + (ms = now, d = new Date(ms), new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - ms), this.context.scheduler).subscribe(function() {
                _this.midnight = void 0;
                _this.emitToday();
            });
            var ms, d;
        };
        return OfficeSource;
    }(ScheduledSource);
    var FollowError = function(_super) {
        __extends(FollowError, _super);
        function FollowError(reason) {
            var _this = _super.call(this, "[sp-presence] following office days failed: " + reason) || this;
            _this.reason = reason;
            Object.setPrototypeOf(_this, FollowError.prototype);
            _this.name = "FollowError";
            return _this;
        }
        return FollowError;
    }(Error);
    var OFFICE_SOURCE = {
        name: "office",
        config: function(settings) {
            return settings.officeDays ? {
                endpoint: WSD_COLLABORATORS
            } : void 0;
        },
        create: function(context) {
            return new OfficeSource(context);
        },
        readValue: function(raw) {
            var o = raw;
            if ("object" == typeof o && null !== o && "boolean" == typeof o.following && !(void 0 !== o.inOffice && "boolean" != typeof o.inOffice || void 0 !== o.location && ("string" != typeof o.location || o.location.length > 100))) {
                var day = {
                    following: o.following
                };
                void 0 !== o.inOffice && (day.inOffice = o.inOffice);
                void 0 !== o.location && (day.location = o.location);
                return day;
            }
        },
        apply: function(board, values) {
            board.applyOffice(values);
        }
    };
    function createWorkplace(kit) {
        var activities = new RecentActivities(kit.transport, kit.scheduler, kit.timeoutMs, kit.log);
        return {
            office: OFFICE_SOURCE,
            follow: function(userId, follow) {
                return void 0 === userId ? new Observable(function(subscriber) {
                    subscriber.error(new FollowError("not-found"));
                }) : function(transport, userId, follow, timeoutMs, scheduler) {
                    var request = follow ? {
                        endpoint: WSD_COLLABORATORS,
                        method: "POST",
                        body: {
                            collaborator_ids: [ userId ]
                        }
                    } : {
                        endpoint: WSD_COLLABORATORS + "/" + userId,
                        method: "DELETE"
                    };
                    return new Observable(function(subscriber) {
                        return askJson(transport, request, timeoutMs, scheduler, "follow").pipe(map(function(answer) {
                            var reason = function(status) {
                                if (!(status >= 200 && status < 300)) return 401 === status ? "signed-out" : 403 === status ? "forbidden" : 404 === status ? "not-found" : "server";
                            }(answer.status);
                            if (reason) throw new FollowError(reason);
                            if (!follow) return {
                                following: !1
                            };
                            var confirmed = (readCollaborators(answer.json) || []).filter(function(c) {
                                return c.sysId === userId;
                            })[0];
                            return confirmed ? officeToday(confirmed, scheduler.now()) : {
                                following: !0
                            };
                        })).subscribe({
                            next: function(day) {
                                subscriber.next(day);
                            },
                            complete: function() {
                                subscriber.complete();
                            },
                            error: function(error) {
                                subscriber.error(error instanceof FollowError ? error : new FollowError(isFailure(error) && "origin" === error.kind ? "forbidden" : "network"));
                            }
                        });
                    });
                }(kit.transport, userId, follow, kit.timeoutMs, kit.scheduler);
            },
            recentActivities: function(context, contextInstance) {
                return activities.of(context, contextInstance);
            }
        };
    }
    var SVG_NS = "http://www.w3.org/2000/svg";
    var OFFICE_CSS = [ ".sp-presence__office{position:absolute;left:0;bottom:0;box-sizing:border-box;width:34%;height:34%;min-width:12px;min-height:12px;", "border-radius:50%;background:" + RING + ";color:var(--sp-presence-office,#374151);padding:1px;line-height:0}", ".sp-presence__office--remote{color:var(--sp-presence-remote,#5b21b6)}", ".sp-presence__office svg{width:100%;height:100%;fill:currentColor}", ".sp-presence__office[hidden]{display:none!important}", ".sp-presence__dot:first-child~.sp-presence__office{position:static;display:inline-block;width:1em;height:1em;vertical-align:middle;margin-left:2px}" ].join("");
    var OFFICE_MARKER = {
        create: function(host) {
            var doc = host.ownerDocument;
            addStylesOnce(doc, "sp-presence-office-styles", OFFICE_CSS);
            var marker = doc.createElement("span");
            marker.className = "sp-presence__office";
            marker.hidden = !0;
            var svg = doc.createElementNS(SVG_NS, "svg");
            svg.setAttribute("viewBox", "0 0 16 16");
            svg.setAttribute("focusable", "false");
            svg.setAttribute("aria-hidden", "true");
            var path = doc.createElementNS(SVG_NS, "path");
            path.setAttribute("fill-rule", "evenodd");
            svg.appendChild(path);
            marker.appendChild(svg);
            host.appendChild(marker);
            return marker;
        },
        render: function(marker, presence, words, name, dotShown) {
            if (presence && presence.office && void 0 !== words) {
                var inOffice = !0 === presence.office.inOffice;
                marker.className = "sp-presence__office sp-presence__office--" + (inOffice ? "in" : "remote");
                marker.firstChild.firstChild.setAttribute("d", inOffice ? "M3 1h10v14h-3.5v-3h-3v3H3zM5 3v2h2V3zm4 0v2h2V3zM5 7v2h2V7zm4 0v2h2V7z" : "M8 1.5l6.5 6V15H10v-4.5H6V15H1.5V7.5z");
                marker.setAttribute("data-tip", words);
                if (dotShown) {
                    marker.setAttribute("aria-hidden", "true");
                    marker.removeAttribute("role");
                    marker.removeAttribute("aria-label");
                } else {
                    marker.removeAttribute("aria-hidden");
                    marker.setAttribute("role", "img");
                    marker.setAttribute("aria-label", name ? name + ", " + words : words);
                }
                marker.hidden = !1;
            } else {
                marker.hidden = !0;
                marker.removeAttribute("role");
                marker.removeAttribute("aria-label");
                marker.removeAttribute("data-tip");
            }
        },
        remove: function(host, marker) {
            marker.parentNode === host && host.removeChild(marker);
        }
    };
    workplaceFactory.$inject = [ "spUserPresence" ];
    function workplaceFactory(service) {
        service.useWorkplace(createWorkplace, OFFICE_MARKER);
        return service;
    }
    angular.module("spPresence", []).factory("spUserPresence", userPresenceFactory).factory("spPresenceWorkplace", workplaceFactory).directive("spPresenceDot", presenceDotDirective).directive("spRecordPresence", recordPresenceDirective);
}();