import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "./html-to-text";

const page = `<!doctype html><html><head><title>Site | Wigan rated good</title>
<meta property="article:published_time" content="2019-05-01T09:00:00Z"><script>var x = "<p>rated inadequate</p>";</script><style>p{color:red}</style></head>
<body><div class="cookie-banner"><p>We use cookies. Accept?</p></div>
<header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Wigan children&rsquo;s services rated good</h1>
<p>Wigan Council&#8217;s services were rated <strong>good</strong> by Ofsted.</p>
<table><tr><td>Leadership</td><td>Outstanding</td></tr></table>
<!-- a comment saying inadequate -->
<aside class="related"><ul><li>Bolton rated inadequate</li></ul></aside>
<section class="comments"><p>Reader: should be inadequate</p></section>
</article></main><footer>Footer text</footer></body></html>`;

describe("htmlToText", () => {
  it("keeps the article and drops scripts, styles, banners, navigation, asides, comments and footers", () => {
    const { text } = htmlToText(page);
    expect(text).toBe(
      "Wigan children’s services rated good\n\nWigan Council’s services were rated good by Ofsted.\n\nLeadership\tOutstanding",
    );
  });

  it("takes the title from the h1 and the date from the meta tag", () => {
    const { title, published } = htmlToText(page);
    expect(title).toBe("Wigan children’s services rated good");
    expect(published).toBe("2019-05-01");
  });

  it("reads a date from JSON-LD and <time>", () => {
    expect(
      htmlToText(
        '<p>x</p><script type="application/ld+json">{"datePublished":"2020-02-03"}</script>',
      ).published,
    ).toBe("2020-02-03");
    expect(
      htmlToText('<p>Posted <time datetime="2021-07-04">4 July</time></p>')
        .published,
    ).toBe("2021-07-04");
  });

  it("survives broken markup", () => {
    expect(
      htmlToText(
        "<div><p>Unclosed <b>bold <i>text</div> &amp &#99999999; <a href='x>y'>link",
      ).text,
    ).toContain("Unclosed bold text");
    expect(htmlToText("<<<>>> <p").text).toBe("<<<>>> <p");
  });

  it("uses the whole body when the article element is nearly empty", () => {
    expect(
      htmlToText(
        "<main></main><div><p>Ofsted rated Bury good in a report published today after an inspection in May.</p></div>",
      ).text,
    ).toContain("rated Bury good");
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["a full page", "<!DOCTYPE html><html></html>", true],
    ["a fragment", "<p>One</p><p>Two</p><div>Three</div>", true],
    [
      "plain text with a less-than sign",
      "Grades < 3 are not <good> news",
      false,
    ],
    ["plain text", "Wigan was rated good.", false],
  ])("%s", (_name, input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected);
  });
});
