# Privacy Desk: `make run` opens the app, `make test` runs every test. Both install what is missing first.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Debian packages for building the window (WebKitGTK) and for testing it and its PDFs; the session bus and the
# Python D-Bus bindings run the desktop reminders' test notification server (tests/e2e/notify_stub.py).
SYSTEM_PACKAGES := libwebkit2gtk-4.1-dev build-essential file libxdo-dev libssl-dev libayatana-appindicator3-dev \
	librsvg2-dev xvfb xauth webkit2gtk-driver poppler-utils qpdf sqlite3 dbus-daemon dbus-bin python3-dbus python3-gi
CARGO ?= cargo
NPM ?= npm
# Where cargo puts what it builds: asked of cargo, since CARGO_TARGET_DIR or a config file may move it.
TARGET_DIR := $(shell $(CARGO) metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
ifeq ($(TARGET_DIR),)
TARGET_DIR := target
endif
APP := $(TARGET_DIR)/debug/privdesk-app
CLI := $(TARGET_DIR)/debug/privdesk

.PHONY: help deps system-deps node-deps driver-deps ui build run test test-rust test-ui test-e2e check-core bench package package-check clean

help:
	@echo "make run    install what is missing, build, and open Privacy Desk on the default database"
	@echo "make test   install what is missing and run every test (Rust, command line, UI, desktop)"
	@echo "make bench  print the speed and size figures"
	@echo "make package  build the release .deb (the window and the privdesk command line) and check it installs and starts"

deps: system-deps node-deps

# Installs the Debian packages that are not installed yet: as root with apt-get, otherwise through sudo.
system-deps:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "Privacy Desk needs these packages (Debian/Ubuntu names):$$missing"; \
	  echo "This system has no apt-get: install their equivalents with your package manager, then run make again."; \
	  exit 1; \
	fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	echo "Installing:$$missing"; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null

# npm packages of the front end, from the lock file, when missing or older than the lock file.
node-deps: ui/node_modules/.installed

ui/node_modules/.installed: ui/package.json ui/package-lock.json
	$(NPM) --prefix ui ci --no-audit --no-fund
	@touch $@

# tauri-driver drives the real window for the desktop tests.
driver-deps:
	@command -v tauri-driver >/dev/null 2>&1 || $(CARGO) install tauri-driver --locked

ui: node-deps
	$(NPM) --prefix ui run build

build: deps ui
	$(CARGO) build --workspace

run: build
	$(APP)

# The core must never know the window: fail if tauri appears among its dependencies.
check-core:
	@if $(CARGO) tree -p privdesk -e normal --prefix none | grep -qE '^tauri'; then \
	  echo "the core package privdesk depends on tauri; it must not"; exit 1; \
	fi; echo "core is free of tauri"

test: deps driver-deps check-core test-rust test-ui test-e2e

test-rust: ui
	$(CARGO) test --workspace

test-ui: node-deps
	$(NPM) --prefix ui run check
	$(NPM) --prefix ui test

# A hung window fails the run after 30 minutes (the whole suite takes about 5) instead of holding CI.
test-e2e: ui driver-deps
	$(CARGO) build --workspace
	PRIVDESK_TARGET_DIR="$(TARGET_DIR)" timeout --kill-after=30 1800 xvfb-run -a --server-args="-screen 0 1280x900x24" \
	  node --test --test-concurrency=1 tests/e2e/

# The .deb of the Tauri bundler: the window (menu entry and icon) and the privdesk command line in /usr/bin. The
# command line is built first and staged where tauri.conf.json's deb "files" expects it; then the package is
# unpacked into a fresh folder and started there (tests/package/package.test.mjs).
DEB_DIR := $(TARGET_DIR)/release/bundle/deb
package: deps ui driver-deps
	$(CARGO) build --release -p privdesk --bin privdesk
	mkdir -p src-tauri/target/package
	cp "$(TARGET_DIR)/release/privdesk" src-tauri/target/package/privdesk
	rm -f "$(DEB_DIR)"/*.deb
	cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb
	$(MAKE) package-check

package-check:
	PRIVDESK_DEB="$$(ls "$(DEB_DIR)"/*.deb)" timeout --kill-after=30 600 xvfb-run -a --server-args="-screen 0 1280x900x24" \
	  node --test --test-concurrency=1 tests/package/

bench: deps ui driver-deps
	$(CARGO) build --release --workspace --bins --examples
	$(TARGET_DIR)/release/privdesk-bench
	$(TARGET_DIR)/release/bench_requests
	PRIVDESK_TARGET_DIR="$(TARGET_DIR)" node bench/search.mjs
	PRIVDESK_TARGET_DIR="$(TARGET_DIR)" xvfb-run -a node bench/app.mjs

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
