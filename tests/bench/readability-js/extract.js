// Times Readability.js over the test pages as a reader mode runs it: parse the page with jsdom,
// then extract. Called by run.sh; prints nothing but errors, writes the figures as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [corpus, out] = process.argv.slice(2);
const pages = fs.readdirSync(corpus).filter(name =>
    fs.existsSync(path.join(corpus, name, "source.html"))).sort();
const sources = pages.map(name => fs.readFileSync(path.join(corpus, name, "source.html"), "utf8"));
const quiet = new VirtualConsole(); // jsdom's CSS parse errors would flood stderr
const results = {};
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
pages.forEach((name, i) => {
    // The test suite's own URL, so relative links resolve as in expected.html.
    const dom = new JSDOM(sources[i], { url: "http://fakehost/test/page.html", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    results[name] = article ? { title: article.title, byline: article.byline,
                                publishedTime: article.publishedTime,
                                text: article.textContent } : null;
    dom.window.close();
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
fs.writeFileSync(out, JSON.stringify({ seconds, cpuSeconds, pages: pages.length, results }));
