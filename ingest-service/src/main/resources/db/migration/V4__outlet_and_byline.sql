-- What the article's own text says about its origin (dateline or credit line, reporter), found by cleaning.
ALTER TABLE article ADD COLUMN outlet varchar(100);
ALTER TABLE article ADD COLUMN byline varchar(100);
