# Ronten — `make report` and `make test` do all the set-up on a fresh Debian
# machine with Swift: they install any missing system package first.

SWIFT      ?= swift
BUILD_DIR  ?= build
REPORT_DIR ?= $(BUILD_DIR)/report
RELEASE    := .build/release/ronten

# System packages: libcmark reads and writes Markdown, MeCab with IPADIC
# analyses Japanese; the cmark and mecab commands are the benchmark's references.
APT_PACKAGES := libcmark-dev cmark libmecab-dev mecab mecab-ipadic-utf8 libssl-dev libmimalloc-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release report test test-browser bench clean help

all: build

help:
	@echo "make report   build (release) and write the HTML, Markdown and JSON reports of Examples/ into $(REPORT_DIR)/"
	@echo "make test     install what is missing and run the test suite"
	@echo "make bench    time the pipeline against cmark and mecab on ../shared/corpus"
	@echo "make build    debug build"
	@echo "make clean    remove build products"

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The seed article beside the repository is included when it is there.
SEED := $(wildcard ../shared/seed)

report: release
	$(RELEASE) report Examples $(SEED) -o $(REPORT_DIR)
	@echo "Open $(abspath $(REPORT_DIR))/index.html"

# Needs ../shared/corpus. BENCH_ARGS passes options (e.g. --markdown, --repeat 3).
bench: release
	$(SWIFT) build -c release --product ronten-bench
	.build/release/ronten-bench $(BENCH_ARGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) test-browser

# Reports checked by the W3C Nu validator, headless Chromium and axe-core
# (installs chromium, fonts-noto-cjk, java and the Python packages if missing).
test-browser: deps
	Tests/Browser/run.sh

clean:
	rm -rf .build $(BUILD_DIR)

# Fuzzing (docs/robustness.md): libFuzzer with AddressSanitizer over ingestion
# and analysis of arbitrary bytes. The corpus grows between runs; crashes,
# timeouts and out-of-memory inputs are written to FUZZ_ARTIFACTS.
# FUZZ_CONFIG=release fuzzes the optimised build: several times the inputs a
# second, without debug's bounds checks on unsafe buffers (see robustness.md).
FUZZ_SECONDS   ?= 300
FUZZ_CONFIG    ?= debug
FUZZ_CORPUS    ?= $(BUILD_DIR)/fuzz-corpus
FUZZ_ARTIFACTS ?= $(BUILD_DIR)/fuzz-artifacts
FUZZ_BIN       := .build-fuzz/$(FUZZ_CONFIG)/ronten-fuzz
FUZZ_DICT      := $(BUILD_DIR)/fuzz.dict

.PHONY: fuzz test-sanitize

fuzz: deps
	RONTEN_SYSTEM_MALLOC=1 $(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
	  -Xswiftc -parse-as-library -Xswiftc -DFUZZING --product ronten-fuzz
	@mkdir -p $(FUZZ_CORPUS) $(FUZZ_ARTIFACTS) $(dir $(FUZZ_DICT))
	$(FUZZ_BIN) --write-seeds $(FUZZ_CORPUS) Examples
	@# The dictionary: the readers' tokens and the bundled lexicons' words (Tests/Fuzz/make_dict.py).
	python3 Tests/Fuzz/make_dict.py > $(FUZZ_DICT)
	@echo "Dictionary: $(FUZZ_DICT) ($$(grep -c '^"' $(FUZZ_DICT)) entries)"
	@echo "Crashes, timeouts and OOM inputs go to $(FUZZ_ARTIFACTS)/ (replay one: $(FUZZ_BIN) FILE)"
	$(FUZZ_BIN) $(FUZZ_CORPUS) -dict=$(FUZZ_DICT) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -artifact_prefix=$(FUZZ_ARTIFACTS)/ -print_final_stats=1
	@echo "Corpus: $(FUZZ_CORPUS)/ ($$(ls $(FUZZ_CORPUS) | wc -l) inputs); artifacts: $(FUZZ_ARTIFACTS)/ ($$(ls $(FUZZ_ARTIFACTS) | wc -l) files)"

# The test suite under AddressSanitizer (with LeakSanitizer: C nodes, strings
# and lattices from libcmark and MeCab) and then ThreadSanitizer (Batch's workers).
test-sanitize: deps
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
	  RONTEN_SYSTEM_MALLOC=1 $(SWIFT) test --scratch-path .build-asan --sanitize=address
	TSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/tsan.supp \
	  RONTEN_SYSTEM_MALLOC=1 $(SWIFT) test --scratch-path .build-tsan --sanitize=thread
