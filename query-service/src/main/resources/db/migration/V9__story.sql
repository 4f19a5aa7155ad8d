-- Stories (issue 25): the articles that report one event. The clusterer (io.sinoscope.query.story) assigns each
-- stored article once; this is the record of its assignments that every replica shares, the API reads and a restart
-- warms the clusterer from. docs/stories.md.

-- A story's id is derived from its first article and never changes (an analyst's merge keeps the surviving id).
-- first/last_published, title and member_count are kept current by every change of membership, so a listing needs no
-- aggregate over members. merged_into: an analyst merged this story into that one; it has no members left, and an
-- assignment a clusterer still proposes for it goes to the survivor.
CREATE TABLE story (
    id              text PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT now(),
    first_published timestamptz,
    last_published  timestamptz,
    -- the title of its earliest report
    title           text,
    member_count    integer NOT NULL DEFAULT 0,
    merged_into     text REFERENCES story (id)
);

CREATE INDEX story_last_published_idx ON story (last_published DESC, id) WHERE merged_into IS NULL;

-- An article belongs to at most one story (the primary key): replicas race with insert ... on conflict do nothing,
-- and the loser takes the winner's story. The story reference is checked at commit, because the membership is
-- inserted before the story row it may start (only the winner creates it). A retraction deletes the article and with
-- it the membership; a new version of the article keeps it.
CREATE TABLE story_member (
    article_id   text PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id     text NOT NULL REFERENCES story (id) DEFERRABLE INITIALLY DEFERRED,
    region       text,
    published_at timestamptz,
    -- the clusterer's score when it joined (0 for the article that started the story or one moved by an analyst)
    score        double precision NOT NULL DEFAULT 0,
    joined_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX story_member_story_idx ON story_member (story_id);
CREATE INDEX story_member_published_idx ON story_member (published_at);

-- What happened to a story besides articles joining it: analysts' merges and splits, members removed by retraction.
-- Append-only.
CREATE TABLE story_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id       text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('MERGED_INTO', 'MERGED_FROM', 'SPLIT_OFF', 'SPLIT_FROM', 'RETRACTED')),
    -- the other story of a merge or split
    other_story_id text,
    article_ids    text[] NOT NULL DEFAULT '{}',
    -- client id of the API key (a digest, never the key); "ingestion" for a retraction
    actor          text NOT NULL,
    reason         text,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX story_event_story_idx ON story_event (story_id);
