#!/usr/bin/python3
"""A freedesktop notification server for the desktop tests (org.freedesktop.Notifications on the test's own
session bus): it keeps each notification it is given as a JSON line in the file named by its argument, and clicks
one when the test asks (org.privdesk.Test.Click), as a person would, so the app sees ActionInvoked "default"; and,
as a panel does, a tray watcher (org.kde.StatusNotifierWatcher) that keeps each tray icon registered with it.

Run with Debian's python3 (python3-dbus, python3-gi), under DBUS_SESSION_BUS_ADDRESS of the test's bus."""

import json
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

LOG = sys.argv[1]
IFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus):
        self.name = dbus.service.BusName(IFACE, bus)
        super().__init__(self.name, "/org/freedesktop/Notifications")
        self.next_id = 1

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        nid = self.next_id
        self.next_id += 1
        line = {"id": nid, "app": str(app), "summary": str(summary), "body": str(body), "actions": [str(a) for a in actions]}
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
        return dbus.UInt32(nid)

    @dbus.service.method(IFACE, out_signature="as")
    def GetCapabilities(self):
        return ["body", "actions"]

    @dbus.service.method(IFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("privdesk-test-stub", "privdesk", "1", "1.2")

    @dbus.service.method(IFACE, in_signature="u")
    def CloseNotification(self, nid):
        self.NotificationClosed(nid, dbus.UInt32(3))

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, nid, key):
        pass

    @dbus.service.method("org.privdesk.Test", in_signature="u")
    def Click(self, nid):
        self.ActionInvoked(dbus.UInt32(nid), "default")
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(2))


WATCHER = "org.kde.StatusNotifierWatcher"


class Watcher(dbus.service.Object):
    """A system tray's watcher, as a desktop's panel runs it: tray icons register with it; each registration is kept
    as a JSON line ({"tray": the item's object path or name, "sender": its bus name})."""

    def __init__(self, bus):
        self.name = dbus.service.BusName(WATCHER, bus)
        super().__init__(self.name, "/StatusNotifierWatcher")
        self.items = []

    @dbus.service.method(WATCHER, in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        self.items.append(str(service))
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps({"tray": str(service), "sender": str(sender)}) + "\n")
        self.StatusNotifierItemRegistered(service)

    @dbus.service.method(WATCHER, in_signature="s")
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(WATCHER, signature="s")
    def StatusNotifierItemRegistered(self, service):
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, prop):
        return self.GetAll(interface)[prop]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": dbus.Boolean(True),
            "ProtocolVersion": dbus.Int32(0),
        }


dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
server = Server(dbus.SessionBus())
watcher = Watcher(dbus.SessionBus())
open(LOG, "a").close()
GLib.MainLoop().run()
