-- Which cleaner produced the stored text: <sinoscope.cleaning.version>+data.<hash of the cleaning data files>, so
-- articles cleaned by older code or older boilerplate/outlet/label tables can be found and cleaned again. Null for
-- articles stored before it was recorded.
ALTER TABLE article ADD COLUMN cleaner_version varchar(128);
