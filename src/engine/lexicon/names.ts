// Words around names that are not people: groups' last words, words that open
// sentences, relatives. Source: collected from the development sets' news copy
// (scrapinghub, naeb dev, readability); the case behind each use is named where
// the extractor uses it (tests/unit/engine/).
import { lines } from './lines.ts';

/** Last words of places and buildings named after people ("Charles University", "Charles Bridge", "Kennedy Airport"):
 * with a given name before them they name no one. Words that are also common surnames (Hall, Park, Church, Tower) are
 * left out. Source: the heads of English place names; the fresh mixed quote set's Prague story (issue #31). */
export const PLACE_WORDS = lines(`
  University
  College
  Bridge
  Airport
  Station
  Stadium
  Arena
  Museum
  Hospital
  Cathedral
  Square
  Avenue
  Boulevard
  Palace
  Center
  Centre
  Theatre
  Theater
  Library
  Island
  County
`);

/** Last words of the groups that speak in news copy ("Whole Foods said", "the Food Standards Agency warned"). */
export const GROUP_WORDS = lines(`
  Foods
  Inc
  Corp
  Co
  Ltd
  Group
  Agency
  Association
  Council
  Office
  Department
  Ministry
  Police
  Court
  News
  Times
  Post
  Press
  University
  Institute
  Committee
  House
  Bank
  Company
  Foundation
  Fund
  Service
  Services
  Party
  Union
  Network
  Media
  Club
  Center
  Centre
  Society
  Organization
  Organisation
  Board
  Commission
  Authority
  Control
  Research
  Markets
  Airlines
  Systems
  Forum
`);

/** Capitalised words that start a sentence or name places and groups, never the first word of a person's name. */
export const NOT_FIRST_NAMES = lines(`
  The
  But
  And
  In
  On
  At
  If
  As
  After
  When
  His
  Her
  Their
  This
  That
  United
  Saudi
  Middle
  Islamic
  Arab
  New
  North
  South
  East
  West
`);

/** Capitalised words that begin sentences but name nobody ("But he said" finds "he"); months and weekdays too (calendar.ts). */
export const SENTENCE_OPENERS = lines(`
  But
  And
  The
  This
  That
  It
  They
  We
  I
  You
  There
  So
  Now
  What
  If
`);

/** Relatives a story names a speaker by: "”, her mother, Fiona, said". */
export const RELATIVES = lines(`
  mother
  father
  son
  daughter
  wife
  husband
  sister
  brother
  partner
  friend
  grandmother
  grandfather
  aunt
  uncle
  cousin
`);

/** Abbreviations of places and companies, and others, after which a period does not end a sentence ("Mt.", "Inc."). */
export const OTHER_ABBREVIATIONS = lines(`
  Mt
  Inc
  Ltd
  Co
  Corp
  No
  vs
  etc
`);
