-- A row refused for its ID number (wrong check character, a date that does not exist) keeps what was typed,
-- masked like any ID number (first four and last four characters), so the officer can find the row in the file.
alter table member_import_rows
  add column id_number_masked text check (char_length(id_number_masked) <= 24);
