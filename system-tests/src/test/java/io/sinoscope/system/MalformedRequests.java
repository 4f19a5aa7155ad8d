package io.sinoscope.system;

import io.sinoscope.system.FuzzCase.Endpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded generator of bad requests to every endpoint: the same seed gives the same cases, byte for byte.
 *
 * <p>Each case starts from a valid request to its endpoint (with a valid API key where one is needed) and applies one
 * malformation of its category. Cases go round-robin over endpoints and categories, so every endpoint meets every
 * category; what exactly is sent within a category is random. A malformation can leave a request valid (a title
 * that reads {@code '; DROP TABLE}, an unknown JSON field, an API key sent to an open endpoint): such writes may be
 * stored, and the test tracks each one.
 */
final class MalformedRequests {

    static final List<String> CATEGORIES = List.of("no-or-wrong-key", "huge-headers", "malformed-http",
            "control-chars", "random-bytes", "wrong-encoding", "truncated-utf8", "nested-json", "huge-json",
            "wrong-types", "ndjson-garbage", "query-syntax", "bad-params");

    /** Query strings users (or attackers) type: Lucene and SQL syntax, operators, escapes. */
    static final List<String> NASTY_QUERIES = List.of("*foo", "foo*", "*", "?", "foo~", "芯片~2", "芯片^100",
            "a AND (b OR", "(((芯片", "芯片)))", "\"unclosed", "\"\"", "\"", "field:value", "title:芯片", "*:*",
            "[2020 TO *]", "{!lucene}芯片", "/re.*gex/", "\\", "\\\\\\", "+芯片 -", "- - -", "--", "NOT", "AND OR NOT",
            "'; DROP TABLE article; --", "' OR '1'='1", "1; SELECT pg_sleep(10)", "\" OR 1=1 --", "%", "_", "%_%",
            "\\%", "$1", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "../../etc/passwd", "{{7*7}}", "null",
            "undefined", "NaN", "-1", "0x41", "\u3000", "「", "」", "“芯片", "－芯片", "＊芯片", "芯片　ＡＮＤ　關稅",
            "川普 OR 特朗普", "川普&&特朗普", "川普||特朗普", "!川普", "川普!", "lucene:\"a\"~10", "a^b^c", "&amp;",
            "%00", "%%%", "😀😀", "\ud83d", "𠀀𠀁𠀂");

    private final Random random;
    private final String apiKey;
    private final String source;
    private final List<String> knownArticleIds;
    private final List<String> knownQueryIds;
    private final int ingestPort;
    private final int nlpPort;
    private final int queryPort;

    MalformedRequests(long seed, String apiKey, String source, List<String> knownArticleIds, int ingestPort,
            int nlpPort, int queryPort) {
        this.random = new Random(seed);
        this.apiKey = apiKey;
        this.source = source;
        this.knownArticleIds = knownArticleIds;
        this.knownQueryIds = knownArticleIds;
        this.ingestPort = ingestPort;
        this.nlpPort = nlpPort;
        this.queryPort = queryPort;
    }

    int port(FuzzCase.Service service) {
        return switch (service) {
            case INGEST -> ingestPort;
            case NLP -> nlpPort;
            case QUERY -> queryPort;
        };
    }

    List<FuzzCase> generate(int count) {
        Endpoint[] endpoints = Endpoint.values();
        List<FuzzCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Endpoint endpoint = endpoints[i % endpoints.length];
            String category = CATEGORIES.get((i / endpoints.length) % CATEGORIES.size());
            Req req = base(endpoint, i);
            apply(category, endpoint, req, i);
            byte[] bytes = req.bytes(port(endpoint.service));
            cases.add(new FuzzCase(i, endpoint, category, bytes, FuzzCase.summarize(bytes)));
        }
        Collections.shuffle(cases, random);
        return cases;
    }

    // ---------------------------------------------------------------- requests

    /** A request under construction; {@link #bytes} writes it exactly. Strings are written as ISO-8859-1 bytes. */
    static final class Req {
        String method;
        String target;
        String version = "HTTP/1.1";
        final List<String[]> headers = new ArrayList<>();
        byte[] body = new byte[0];
        /** null: the body's length; else written as given (may be wrong or invalid on purpose). */
        List<String> contentLength;
        boolean host = true;
        /** Replaces everything before the body when set. */
        byte[] rawHead;

        Req(String method, String target) {
            this.method = method;
            this.target = target;
        }

        Req header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        void removeHeader(String name) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        }

        void replaceHeader(String name, String value) {
            removeHeader(name);
            header(name, value);
        }

        byte[] bytes(int port) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (rawHead != null) {
                out.writeBytes(rawHead);
            } else {
                StringBuilder head = new StringBuilder();
                head.append(method).append(' ').append(target).append(' ').append(version).append("\r\n");
                if (host) {
                    head.append("Host: localhost:").append(port).append("\r\n");
                }
                for (String[] h : headers) {
                    head.append(h[0]).append(h[1] == null ? "" : ": " + h[1]).append("\r\n");
                }
                if (contentLength == null) {
                    if (body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                        head.append("Content-Length: ").append(body.length).append("\r\n");
                    }
                } else {
                    contentLength.forEach(v -> head.append("Content-Length: ").append(v).append("\r\n"));
                }
                head.append("Connection: close\r\n\r\n");
                out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes(body);
            return out.toByteArray();
        }
    }

    private static String utf8AsLatin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Percent-encodes every byte outside the unreserved set. */
    static String encode(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                s.append((char) c);
            } else {
                s.append('%').append(String.format("%02X", c));
            }
        }
        return s.toString();
    }

    static String encode(String s) {
        return encode(s.getBytes(StandardCharsets.UTF_8));
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private String chinese(int n) {
        String[] sentences = {"美國總統川普本週宣布將擴大先進晶片出口管制，並要求盟友跟進。", "经济部表示将评估对半导体产业的影响。",
            "香港特區政府公布最新財政預算案，料赤字擴大。", "国际油价连续第三个交易日上涨，布伦特原油逼近每桶九十美元。",
            "台積電董事會核准新一輪資本支出，金額約新台幣三千億元。", "商务部宣布对部分进口商品加征百分之二十五关税。"};
        StringBuilder text = new StringBuilder("第" + n + "號測試稿：");
        for (int i = 0; i < 3; i++) {
            text.append(sentences[random.nextInt(sentences.length)]);
        }
        return text.toString();
    }

    private String article(int n) {
        return "{\"source\":" + json(source) + ",\"externalId\":\"f" + n + "\",\"title\":\"測試稿" + n + "\","
                + "\"text\":" + json(chinese(n)) + ",\"publishedAt\":\"2026-11-06T10:00:00+08:00\",\"language\":\"zh-TW\"}";
    }

    private String randomId() {
        return switch (random.nextInt(4)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "no-such-" + random.nextInt(1_000_000);
            case 2 -> "Q" + random.nextInt(100_000_000);
            default -> Integer.toString(random.nextInt());
        };
    }

    /** A valid request to the endpoint. */
    private Req base(Endpoint endpoint, int n) {
        Req req = switch (endpoint) {
            case INGEST_SUBMIT -> new Req("POST", "/api/v1/articles").header("Content-Type", "application/json");
            case INGEST_RAW -> new Req("POST", "/api/v1/articles/raw?source=" + encode(source) + "&externalId=r" + n)
                    .header("Content-Type", "text/plain; charset=utf-8");
            case INGEST_BATCH -> new Req("POST", "/api/v1/articles/batch").header("Content-Type", "application/x-ndjson");
            case INGEST_DELETE -> new Req("DELETE", "/api/v1/articles/" + encode(randomId()));
            case INGEST_ARTICLE -> new Req("GET", "/api/v1/articles/" + pick(knownArticleIds));
            case INGEST_STATS -> new Req("GET", "/api/v1/stats");
            // Always an invalid status: a republish would really requeue the stored articles.
            case INGEST_REPUBLISH -> new Req("POST", "/api/v1/admin/republish?status=" + junkStatus());
            case INGEST_JOB -> new Req("GET", "/api/v1/admin/jobs/" + encode(randomId()));
            case NLP_ANALYZE -> new Req("POST", "/api/v1/analyze").header("Content-Type", "application/json");
            case QUERY_SEARCH -> new Req("GET", "/api/v1/search?q=" + encode(pick(List.of("芯片", "川普", "关税 台湾",
                    "\"出口管制\"", "晶片 -香港"))));
            case QUERY_ARTICLE -> new Req("GET", "/api/v1/articles/" + pick(knownQueryIds));
            case QUERY_ENTITIES -> new Req("GET", "/api/v1/entities?q=" + encode(pick(List.of("川普", "輝達", "Trump"))));
            case QUERY_ENTITY -> new Req("GET", "/api/v1/entities/" + pick(List.of("Q22686", "Q182477", "Q30")));
            case QUERY_FACTS -> new Req("GET", "/api/v1/facts?kind=" + pick(List.of("money", "percent", "tariff_change"))
                    + "&entity=" + encode("川普"));
            // A reindex is harmless but costly: most cases carry no valid key (see apply).
            case QUERY_REINDEX -> new Req("POST", "/api/v1/admin/reindex");
            case QUERY_JOB -> new Req("GET", "/api/v1/admin/reindex/" + encode(randomId()));
        };
        if (endpoint.service == FuzzCase.Service.INGEST || endpoint == Endpoint.QUERY_REINDEX) {
            req.header("X-Api-Key", apiKey);
        }
        if (endpoint == Endpoint.INGEST_SUBMIT) {
            req.body = article(n).getBytes(StandardCharsets.UTF_8);
        } else if (endpoint == Endpoint.INGEST_RAW) {
            req.body = chinese(n).getBytes(StandardCharsets.UTF_8);
        } else if (endpoint == Endpoint.INGEST_BATCH) {
            req.body = (article(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } else if (endpoint == Endpoint.NLP_ANALYZE) {
            req.body = ("{\"text\":" + json(chinese(n)) + "}").getBytes(StandardCharsets.UTF_8);
        }
        return req;
    }

    private String junkStatus() {
        String[] words = {"PUBLISHED", "RETRACTED", "RECEIVED", "published", "x"};
        // not ";": the query string parser takes it for a parameter separator, which leaves a valid status
        String[] breaks = {"'", "\"", "*", "%00", "(", "-", "%0A", "%20OR%201", "\\", "~", "%3B"};
        return encode(pick(List.of(words))) + pick(List.of(breaks)) + encode(pick(List.of(words)));
    }

    private boolean hasBody(Endpoint e) {
        return e == Endpoint.INGEST_SUBMIT || e == Endpoint.INGEST_RAW || e == Endpoint.INGEST_BATCH
                || e == Endpoint.NLP_ANALYZE;
    }

    private boolean jsonBody(Endpoint e) {
        return e == Endpoint.INGEST_SUBMIT || e == Endpoint.INGEST_BATCH || e == Endpoint.NLP_ANALYZE;
    }

    // ---------------------------------------------------------------- malformations

    private void apply(String category, Endpoint endpoint, Req req, int n) {
        if (endpoint == Endpoint.QUERY_REINDEX && !category.equals("no-or-wrong-key") && random.nextInt(20) != 0) {
            wrongKey(req); // 1 in 20 reindex cases keep the key and really start (or join) a rebuild
        }
        if (endpoint == Endpoint.INGEST_DELETE && !knownArticleIds.isEmpty() && random.nextInt(4) == 0) {
            // A real article, but never with a valid key: a retraction would change stored data.
            req.target = "/api/v1/articles/" + pick(knownArticleIds);
            wrongKey(req);
        }
        switch (category) {
            case "no-or-wrong-key" -> wrongKey(req);
            case "huge-headers" -> hugeHeaders(req);
            case "malformed-http" -> malformedHttp(endpoint, req);
            case "control-chars" -> controlChars(endpoint, req);
            case "random-bytes" -> randomBytes(endpoint, req);
            case "wrong-encoding" -> wrongEncoding(endpoint, req, n);
            case "truncated-utf8" -> truncatedUtf8(endpoint, req, n);
            case "nested-json" -> nestedJson(endpoint, req);
            case "huge-json" -> hugeJson(endpoint, req, n);
            case "wrong-types" -> wrongTypes(endpoint, req, n);
            case "ndjson-garbage" -> ndjsonGarbage(endpoint, req, n);
            case "query-syntax" -> querySyntax(endpoint, req, n);
            case "bad-params" -> badParams(endpoint, req);
            default -> throw new IllegalArgumentException(category);
        }
    }

    private void wrongKey(Req req) {
        req.removeHeader("X-Api-Key");
        req.removeHeader("Authorization");
        switch (random.nextInt(9)) {
            case 0 -> { }
            case 1 -> req.header("X-Api-Key", "wrong-" + random.nextInt(1000));
            case 2 -> req.header("Authorization", "Bearer wrong-" + random.nextInt(1000));
            case 3 -> req.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(("admin:" + apiKey).getBytes(StandardCharsets.UTF_8)));
            case 4 -> req.header("X-Api-Key", "");
            case 5 -> req.header("X-Api-Key", "k".repeat(1 + random.nextInt(8000)));
            case 6 -> req.header("X-Api-Key", utf8AsLatin1("鑰匙" + apiKey));
            case 7 -> req.header("Authorization", "Bearer");
            default -> req.header("Authorization", "Bearer " + apiKey + "x");
        }
    }

    private void hugeHeaders(Req req) {
        switch (random.nextInt(6)) {
            case 0 -> req.header("X-Padding", "a".repeat(21_000 + random.nextInt(200_000)));
            case 1 -> {
                for (int i = 0; i < 200 + random.nextInt(800); i++) {
                    req.header("X-H" + i, "v".repeat(100));
                }
            }
            case 2 -> req.header("X" + "n".repeat(30_000), "v");
            case 3 -> req.header("Cookie", "c=" + "x".repeat(25_000 + random.nextInt(100_000)));
            case 4 -> req.header("X-Small-Enough", "b".repeat(8_000)); // under the limit: answered normally
            default -> req.header("Referer", "http://x/" + "中".repeat(10_000));
        }
        if (req.headers.stream().anyMatch(h -> h[1] != null && h[1].contains("中"))) {
            req.headers.replaceAll(h -> new String[] {h[0], h[1] == null ? null : utf8AsLatin1(h[1])});
        }
    }

    private void malformedHttp(Endpoint endpoint, Req req) {
        switch (random.nextInt(16)) {
            case 0 -> req.rawHead = concat(randomBytes(1 + random.nextInt(300)), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            case 1 -> req.method = pick(List.of("FOO", "post", "GET\u0000", "CONNECT", "TRACE", "PROPFIND", "G E T"));
            case 2 -> {
                req.method = endpoint.label.startsWith("GET") ? pick(List.of("POST", "PUT", "PATCH", "DELETE"))
                        : pick(List.of("GET", "PUT", "PATCH", "HEAD", "OPTIONS"));
                if (req.method.equals("DELETE") && endpoint == Endpoint.INGEST_ARTICLE) {
                    // GET of a real article with a valid key turned into a DELETE is a valid retraction
                    req.target = "/api/v1/articles/" + encode(randomId());
                }
            }
            case 3 -> req.version = pick(List.of("HTTP/9.9", "HTTPS/1.1", "HTTP/1", "http/1.1", "HTTP/1.1 extra", ""));
            case 4 -> req.target = req.target + pick(List.of("%", "%zz", "%E4%B8", "%C0%AF", "%%41", "%u4E2D", "%0"));
            case 5 -> req.target = req.target + (req.target.contains("?") ? "&" : "?") + "x="
                    + utf8AsLatin1(pick(List.of("中文", "ÿþ", "\u00ff\u00fe"))) + "\u00ff";
            case 6 -> req.target = req.target.replace("/v1/", pick(List.of("/v1/../v1/", "//v1//", "/v1/./", "/V1/",
                    "/v1/%2e%2e/", "/v1;x=1/", "/v2/")));
            case 7 -> req.contentLength = List.of(pick(List.of("abc", "-1", "1e3", "0x10", " ", "99999999999999999999999")));
            case 8 -> req.contentLength = List.of("5", "7");
            case 9 -> {
                if (req.body.length > 1) {
                    req.contentLength = List.of(Integer.toString(req.body.length / 2)); // the rest reads as garbage
                } else {
                    req.header("Transfer-Encoding", "chunked");
                    req.body = "zz\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                    req.contentLength = List.of();
                }
            }
            case 10 -> {
                req.header("Transfer-Encoding", pick(List.of("chunked", "gzip, chunked", "Chunked")));
                req.body = pick(List.of("zz\r\nab\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "0\r\n\r\n",
                        "1;ext=\"\r\na\r\n0\r\n\r\n")).getBytes(StandardCharsets.US_ASCII);
                req.contentLength = random.nextBoolean() ? List.of() : List.of("4");
            }
            case 11 -> req.header(pick(List.of("NoColonHeader", "Bad Name", " Leading-Space", "X-Folded")),
                    random.nextBoolean() ? null : pick(List.of("v\r\n continued", "v")));
            case 12 -> req.host = false;
            case 13 -> req.target = pick(List.of("*", "http://evil.example/api/v1/search?q=x", "api/v1/search",
                    "/api/v1/articles/", "/api/v1/articles//x", "/" + "a".repeat(5000), "/api/v1/entities/"
                    + "Q".repeat(3000)));
            case 14 -> req.header("Content-Type", pick(List.of("application/json; charset=", "/", ";;;",
                    "application/x-ndjson; boundary", "multipart/form-data; boundary=", "text/html;charset=\"",
                    "application/json, text/plain", "\u0001/\u0002")));
            default -> req.header("Expect", pick(List.of("100-continue", "200-ok", "")));
        }
        if (req.method.equals("HEAD")) {
            req.method = "OPTIONS"; // a HEAD response has no body to check and no Content-Length to end it
        }
    }

    private static final String CONTROL = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085\u2028\u2029"
            + "\ufeff\u200b\u202e\ufffe\uffff\r\n\t";

    private String withControls(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            out.insert(random.nextInt(out.length() + 1), CONTROL.charAt(random.nextInt(CONTROL.length())));
        }
        return out.toString();
    }

    private void controlChars(Endpoint endpoint, Req req) {
        int where = random.nextInt(4);
        if (where == 0) {
            // percent-encoded into the path or a parameter
            String value = withControls(pick(List.of("芯片", "x", "q", "川普")));
            req.target = appendOrReplaceParam(endpoint, req.target, value);
        } else if (where == 1) {
            req.header(pick(List.of("X-Trace", "User-Agent", "Accept", "Content-Language")),
                    utf8AsLatin1(withControls("value")).replace("\r\n", "\r\n "));
        } else if (hasBody(endpoint)) {
            String body = new String(req.body, StandardCharsets.UTF_8);
            if (where == 2 && jsonBody(endpoint)) {
                // as JSON escapes: valid JSON carrying control characters into every layer
                body = body.replace("測試稿", json(withControls("測試稿")).replace("\"", ""))
                        .replace("\"text\":\"", "\"text\":\"" + json(withControls("")).replace("\"", ""));
            } else {
                body = withControls(body); // raw: invalid JSON where inside strings
            }
            req.body = body.getBytes(StandardCharsets.UTF_8);
        } else {
            req.target = appendOrReplaceParam(endpoint, req.target, withControls("id"));
        }
    }

    /** Puts {@code value} where the endpoint reads user input: its id segment or its main parameter. */
    private String appendOrReplaceParam(Endpoint endpoint, String target, String value) {
        String encoded = encode(value);
        return switch (endpoint) {
            case INGEST_DELETE, INGEST_ARTICLE, QUERY_ARTICLE -> "/api/v1/articles/" + encoded;
            case INGEST_JOB -> "/api/v1/admin/jobs/" + encoded;
            case QUERY_JOB -> "/api/v1/admin/reindex/" + encoded;
            case QUERY_ENTITY -> "/api/v1/entities/" + encoded;
            case QUERY_SEARCH -> "/api/v1/search?q=" + encoded + "&source=" + encoded;
            case QUERY_ENTITIES -> "/api/v1/entities?q=" + encoded;
            case QUERY_FACTS -> "/api/v1/facts?" + pick(List.of("q", "entity", "kind")) + "=" + encoded;
            case INGEST_RAW -> "/api/v1/articles/raw?source=" + encode(source) + "&externalId=" + encoded
                    + "&title=" + encoded;
            case INGEST_REPUBLISH -> target + "&since=" + encoded;
            default -> target + (target.contains("?") ? "&" : "?") + "x=" + encoded;
        };
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private void randomBytes(Endpoint endpoint, Req req) {
        if (hasBody(endpoint) || random.nextBoolean()) {
            int size = random.nextInt(10) == 0 ? random.nextInt(256 * 1024) : random.nextInt(2048);
            req.body = randomBytes(size);
            req.replaceHeader("Content-Type", pick(List.of("application/json", "application/x-ndjson", "text/plain",
                    "text/html", "application/octet-stream", "text/plain; charset=big5", "image/png",
                    "application/json; charset=utf-16")));
            if (random.nextInt(5) == 0) {
                req.removeHeader("Content-Type");
            }
        } else {
            req.target = encodedParam(endpoint, req.target, encode(randomBytes(1 + random.nextInt(60))));
        }
    }

    private void wrongEncoding(Endpoint endpoint, Req req, int n) {
        Charset[] charsets = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32"),
            Charset.forName("GB18030"), Charset.forName("Big5"), Charset.forName("Shift_JIS"), Charset.forName("EUC-KR"),
            StandardCharsets.ISO_8859_1};
        Charset charset = charsets[random.nextInt(charsets.length)];
        if (hasBody(endpoint)) {
            String text = new String(req.body, StandardCharsets.UTF_8);
            req.body = text.getBytes(charset);
            String declared = pick(List.of("utf-8", "UTF-8", "big5", "gb2312", "utf-16", "klingon", "x-unknown",
                    "utf-7", "iso-8859-1", "", "\"utf-8\"", "utf-8; charset=big5", charset.name()));
            String type = endpoint == Endpoint.INGEST_RAW ? pick(List.of("text/plain", "text/html"))
                    : endpoint == Endpoint.INGEST_BATCH ? "application/x-ndjson" : "application/json";
            req.replaceHeader("Content-Type", random.nextInt(6) == 0 ? type : type + "; charset=" + declared);
        } else {
            byte[] bytes = pick(List.of("川普", "芯片", "關稅")).getBytes(charset);
            req.target = encodedParam(endpoint, req.target, encode(bytes));
        }
    }

    /** Like {@link #appendOrReplaceParam} with a value already encoded (possibly invalid UTF-8 once decoded). */
    private String encodedParam(Endpoint endpoint, String target, String encoded) {
        String marker = "\u0001MARK\u0001";
        return appendOrReplaceParam(endpoint, target, marker).replace(encode(marker), encoded);
    }

    private void truncatedUtf8(Endpoint endpoint, Req req, int n) {
        byte[][] broken = {{(byte) 0xE4, (byte) 0xB8}, {(byte) 0xE4}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] bad = broken[random.nextInt(broken.length)];
        if (hasBody(endpoint)) {
            byte[] body = req.body;
            int mode = random.nextInt(3);
            if (mode == 0) {
                // cut the body in the middle of a multi-byte character
                int cut = body.length - 1;
                while (cut > 0 && (body[cut] & 0xC0) != 0x80) {
                    cut--;
                }
                req.body = java.util.Arrays.copyOf(body, Math.max(1, cut));
            } else if (mode == 1) {
                // a broken sequence inside a string value
                String text = new String(body, StandardCharsets.UTF_8);
                int at = Math.max(0, text.indexOf("測試稿") >= 0 ? text.indexOf("測試稿") : text.indexOf('第'));
                byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
                req.body = concat(concat(head, bad), tail);
            } else {
                // a lone surrogate as a JSON escape: valid JSON, not valid Unicode
                req.body = new String(body, StandardCharsets.UTF_8).replace("第", "\\ud800第").replace("測", "\\udfff測")
                        .getBytes(StandardCharsets.UTF_8);
            }
        } else {
            req.target = encodedParam(endpoint, req.target, "%E5%B7%9D" + encode(bad));
        }
    }

    private void nestedJson(Endpoint endpoint, Req req) {
        int depth = pick(List.of(100, 999, 1001, 5_000, 50_000, 200_000));
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + (random.nextBoolean() ? close.repeat(depth) : "");
        if (hasBody(endpoint)) {
            String body = switch (random.nextInt(3)) {
                case 0 -> nested;
                case 1 -> new String(req.body, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"extra\":"
                        + nested + ",");
                default -> new String(req.body, StandardCharsets.UTF_8).replace("\"title\":", "\"title\":"
                        + open.repeat(Math.min(depth, 3000)) + "\"t\"" + close.repeat(Math.min(depth, 3000)) + ",\"x\":");
            };
            if (endpoint == Endpoint.INGEST_BATCH) {
                body = body + "\n" + nested + "\n";
            }
            req.body = body.getBytes(StandardCharsets.UTF_8);
        } else {
            int d = Math.min(depth, 3_000);
            req.target = appendOrReplaceParam(endpoint, req.target, "(".repeat(d) + "芯片" + ")".repeat(d));
        }
    }

    private void hugeJson(Endpoint endpoint, Req req, int n) {
        int mode = random.nextInt(6);
        if (mode == 0 && endpoint != Endpoint.INGEST_BATCH) {
            // declared larger than the service accepts: answered (413) before the body is read
            req.contentLength = List.of(Long.toString(50_000_000L + random.nextInt(1_000_000_000)));
            req.body = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
            return;
        }
        if (!hasBody(endpoint)) {
            int size = pick(List.of(5_000, 50_000, 100_000));
            String value = random.nextBoolean() ? "芯".repeat(size / 9) : "x".repeat(size);
            req.target = appendOrReplaceParam(endpoint, req.target, value);
            return;
        }
        String body = new String(req.body, StandardCharsets.UTF_8).strip();
        String replaced = switch (mode) {
            case 1 -> body.replaceFirst("\"text\":\"", "\"text\":\"" + "x".repeat(1_000_001)); // over @Size
            case 2 -> body.replaceFirst("\\{", "{\"tags\":[" + "1,".repeat(10_000 + random.nextInt(100_000)) + "1],");
            case 3 -> body.replaceFirst("\\{", "{\"publishedAt\":" + "9".repeat(2_000 + random.nextInt(20_000)) + ",");
            case 4 -> {
                StringBuilder keys = new StringBuilder("{");
                for (int i = 0; i < 5_000 + random.nextInt(20_000); i++) {
                    keys.append("\"k").append(i).append("\":").append(i).append(',');
                }
                yield body.replaceFirst("\\{", keys.toString());
            }
            default -> body.replaceFirst("\"source\":\"", "\"source\":\"" + "s".repeat(10_000 + random.nextInt(100_000)));
        };
        if (endpoint == Endpoint.INGEST_RAW) {
            replaced = "<html><body>" + "<div>".repeat(random.nextInt(5_000)) + replaced + "</body></html>";
            req.replaceHeader("Content-Type", "text/html; charset=utf-8");
            if (mode == 1) {
                replaced = "字".repeat(1_000_001); // text over the article limit
            }
        }
        if (endpoint == Endpoint.INGEST_BATCH && mode == 5) {
            replaced = (replaced + "\n").repeat(1) + "x".repeat(4_000_001) + "\n"; // one line over max-line-chars
        }
        req.body = replaced.getBytes(StandardCharsets.UTF_8);
    }

    private void wrongTypes(Endpoint endpoint, Req req, int n) {
        if (!hasBody(endpoint)) {
            badParams(endpoint, req);
            return;
        }
        if (endpoint == Endpoint.INGEST_RAW) {
            // raw takes any bytes: wrong types are in its parameters
            req.target = "/api/v1/articles/raw?" + pick(List.of("source=", "source=%20", "externalId=x",
                    "source=" + encode(source) + "&publishedAt=yesterday", "source=" + encode(source) + "&url=javascript:1",
                    "source=" + encode("s".repeat(300)), "source=" + encode(source) + "&externalId=" + "e".repeat(600)));
            return;
        }
        String wrong = pick(List.of("123", "true", "[]", "{}", "null", "[\"a\"]", "{\"a\":1}", "1.5e308", "-0",
                "\"\"", "\"2026-13-45T99:00:00Z\"", "\"yesterday\"", "\"2026-11-06\"", "\"javascript:alert(1)\""));
        String field = pick(List.of("text", "source", "publishedAt", "url", "language", "externalId", "title", "html"));
        String body = new String(req.body, StandardCharsets.UTF_8);
        String mutated = switch (random.nextInt(4)) {
            case 0 -> pick(List.of("[]", "\"article\"", "42", "null", "true", "", " ", "[" + body + "]", "{}"));
            case 1 -> body.replaceFirst("\"" + field + "\":(\"[^\"]*\")?", "\"" + field + "\":" + wrong.replace("$", "\\$")
                    + (body.contains("\"" + field + "\":") ? "" : ","));
            case 2 -> body.replaceFirst("\\{", "{\"" + field + "\":" + wrong.replace("$", "\\$") + ",");
            default -> body.replace("\"text\":", "\"text\":" + wrong.replace("$", "\\$") + ",\"ignored\":");
        };
        if (endpoint == Endpoint.INGEST_BATCH && !mutated.endsWith("\n")) {
            mutated += "\n";
        }
        req.body = mutated.getBytes(StandardCharsets.UTF_8);
    }

    private void ndjsonGarbage(Endpoint endpoint, Req req, int n) {
        List<String> garbage = new ArrayList<>(List.of("{", "}", "[]", "null", "42", "\"text\"", "{\"source\":\"\"}",
                "{\"text\":\"中文\"}", "{\"source\":\"x\",\"text\":\"plain English text that is not Chinese at all\"}",
                "{\"source\":\"x\",\"text\":\"短\"}", "{\"source\":\"x\",\"html\":\"<p></p>\"}", "\ufeff{}", "\u2028",
                "{\"source\":\"x\",\"text\":123}", "{\"source\":[],\"text\":\"中文中文中文中文中文中文\"}", "   ", "\t",
                "{\"source\":\"x\" \"text\":\"y\"}", "{'source':'x'}", "{\"source\":\"x\",\"text\":\"\\ud800\"}"));
        StringBuilder lines = new StringBuilder();
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 3_000 : 30);
        for (int i = 0; i < count; i++) {
            String line = random.nextInt(4) == 0
                    ? new String(randomBytes(random.nextInt(200)), StandardCharsets.ISO_8859_1).replace("\n", "")
                    : pick(garbage);
            lines.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        String body = lines.toString();
        if (hasBody(endpoint)) {
            byte[] lineBytes = body.getBytes(StandardCharsets.ISO_8859_1);
            // garbage alone, or after the valid base (several objects on a JSON endpoint: trailing garbage)
            req.body = random.nextBoolean() ? lineBytes : concat(concat(req.body, "\n".getBytes(StandardCharsets.US_ASCII)),
                    lineBytes);
            if (endpoint != Endpoint.INGEST_BATCH && random.nextBoolean()) {
                req.replaceHeader("Content-Type", "application/x-ndjson");
            }
        } else {
            req.target = appendOrReplaceParam(endpoint, req.target, body.substring(0, Math.min(body.length(), 300)));
        }
    }

    private void querySyntax(Endpoint endpoint, Req req, int n) {
        String q = switch (random.nextInt(8)) {
            case 0 -> {
                StringBuilder many = new StringBuilder();
                for (int i = 0; i < 100 + random.nextInt(5_000); i++) {
                    many.append(pick(List.of("芯片", "a", "OR", "川普", "x" + i, "-y", "\"z\""))).append(' ');
                }
                yield many.toString();
            }
            case 1 -> "(".repeat(1 + random.nextInt(5_000)) + "芯片";
            case 2 -> "芯片 ".repeat(20_000); // 100 KB
            case 3 -> {
                StringBuilder mix = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(6); i++) {
                    mix.append(pick(NASTY_QUERIES)).append(random.nextBoolean() ? " " : "");
                }
                yield mix.toString();
            }
            default -> pick(NASTY_QUERIES);
        };
        if (hasBody(endpoint) && endpoint != Endpoint.INGEST_RAW) {
            // user text that looks like syntax is just text: stored verbatim (a 2xx), never interpreted
            String body = new String(req.body, StandardCharsets.UTF_8);
            String small = q.length() > 500 ? q.substring(0, 500) : q;
            String inner = json(small).substring(1, json(small).length() - 1);
            String field = body.contains("\"title\":\"") ? "\"title\":\"" : "\"text\":\"";
            req.body = body.replace(field, field + inner + " ").getBytes(StandardCharsets.UTF_8);
        } else if (endpoint == Endpoint.INGEST_RAW) {
            req.target = "/api/v1/articles/raw?source=" + encode(source) + "&externalId=" + encode(
                    q.length() > 400 ? q.substring(0, 400) : q) + "&title=" + encode(q.length() > 900 ? q.substring(0, 900) : q);
        } else {
            req.target = appendOrReplaceParam(endpoint, req.target, q);
        }
    }

    private void badParams(Endpoint endpoint, Req req) {
        String bad = switch (endpoint) {
            case QUERY_SEARCH -> "/api/v1/search?" + pick(List.of("q=", "q", "q=%20", "q=x&size=abc", "q=x&size=0",
                    "q=x&size=101", "q=x&page=-1", "q=x&page=2147483648", "q=x&page=1000&size=100", "q=x&from=2026-02-30",
                    "q=x&from=2026-01-02&to=2026-01-01", "q=x&to=tomorrow", "q=x&sort=popularity", "q=x&region=%00",
                    "q=x&q=y", "=x", "&&&", "q=x&size=1e3", "q=x&page=1.5", "q=x&from=99999-01-01", "q=x&entity=",
                    "q=x&size=%2B5", "q=x&size=-0", "q=x&sort=DATE&page=9999&size=1", "q=x&region=cn&topic=%25"));
            case QUERY_ENTITIES -> "/api/v1/entities?" + pick(List.of("", "q=", "q=x&limit=0", "q=x&limit=101",
                    "q=x&limit=abc", "q=" + "x".repeat(101), "q=x&limit=99999999999", "limit=5"));
            case QUERY_FACTS -> "/api/v1/facts?" + pick(List.of("kind=MONEY%27", "kind=1x", "kind=" + "a".repeat(41),
                    "page=-1", "size=0", "size=101", "page=200&size=100", "from=2026-99-01", "from=x&to=y",
                    "q=" + "x".repeat(101), "entity=%00", "page=abc", "to=2026-01-01T25:00:00Z"));
            case INGEST_REPUBLISH -> req.target.split("\\?")[0] + "?status=" + junkStatus() + "&since="
                    + pick(List.of("yesterday", "2026-13-01", "2026-11-01T08:00:00", "x", "-1"));
            case INGEST_RAW -> "/api/v1/articles/raw?" + pick(List.of("", "source=", "source=%20", "externalId=x",
                    "source=" + encode("s".repeat(201)), "source=x&url=" + encode("ftp://x"), "source=x&publishedAt=soon"));
            case INGEST_SUBMIT, INGEST_BATCH, NLP_ANALYZE -> req.target + "?" + pick(List.of("x=1", "debug=true",
                    "source=override"));
            case QUERY_REINDEX -> req.target + "?" + pick(List.of("force=true", "full", "x=%00"));
            default -> appendOrReplaceParam(endpoint, req.target, pick(List.of("", " ", "..", ".", "%", "a/b",
                    "x".repeat(2000), "-1", "0", "null")));
        };
        req.target = bad;
        if (endpoint.service == FuzzCase.Service.QUERY && endpoint != Endpoint.QUERY_REINDEX && random.nextBoolean()) {
            req.header("X-Api-Key", "unneeded-" + random.nextInt(100)); // reads are open: an extra key is ignored
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
