<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the TEI means, as the HTML target needs it: which elements are name occurrences, which are
  register entries and of what kind, their labels, page ids, human-readable dates
  (docs/encoding.md §4 standOff, §4 names, pages, dates).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A token for a class name: the characters other than A-Z, a-z, 0-9, _ and - removed. The
       regular expression runs only when one is there (SaxonJS compiles it on every call). -->
  <xsl:function name="h:token" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (translate(string($s), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', '') eq '') then string($s)
      else replace($s, '[^A-Za-z0-9_\-]', '')"/>
  </xsl:function>

  <!-- A name with @ref, or a quotation with @source: an occurrence that the register links back to.
       (docs/encoding.md §7.1, names and titles). Name tests, not `local-name() = (…)`: SaxonJS compares
       strings slowly. -->
  <xsl:function name="h:is-occurrence" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[@ref][self::persName or self::placeName or self::orgName or self::geogName
      or self::eventName or self::objectName or self::name or self::rs or self::title])
      or exists($e[@source][self::quote])"/>
  </xsl:function>

  <!-- The document's own register: standOff entries and any listed entity with an id (docs/encoding.md §4). -->
  <xsl:variable name="h:local-entries" as="element()*"
    select="/descendant::*[self::person or self::personGrp or self::org or self::place or self::event or self::bibl
      or self::biblStruct or self::object][@xml:id]
      [ancestor::listPerson or ancestor::listOrg or ancestor::listPlace or ancestor::listEvent
       or ancestor::listBibl or ancestor::listObject]"/>

  <!-- The entries of the collection's register that the document points to (common/register.xsl),
       but for an id the document also has (its own entry wins). -->
  <xsl:variable name="h:register-entries" as="element()*"
    select="let $local := map:merge($h:local-entries ! map { string(@xml:id): true() }, map { 'duplicates': 'use-first' })
      return ed:register-used($h:root)[not(map:contains($local, string(@xml:id)))]"/>

  <!-- The ids of those entries, which the page lists (a pointer to one lands on its entry here). -->
  <xsl:variable name="h:register-listed" as="map(xs:string, xs:boolean)"
    select="map:merge($h:register-entries ! map { string(@xml:id): true() })"/>

  <!-- The page's index of names: the document's entries and the register's it uses. -->
  <xsl:variable name="h:entries" as="element()*" select="($h:local-entries, $h:register-entries)"/>

  <!-- The document's own entries by id (the same selection as $h:local-entries). -->
  <xsl:key name="h:entry" match="(person | personGrp | org | place | event | bibl | biblStruct | object)[@xml:id]
      [ancestor::listPerson or ancestor::listOrg or ancestor::listPlace or ancestor::listEvent or ancestor::listBibl or ancestor::listObject]"
    use="string(@xml:id)"/>

  <!-- The entries' labels by id (h:entry-label), worked out once. -->
  <xsl:variable name="h:entry-labels" as="map(xs:string, xs:string)"
    select="map:merge($h:entries ! map { string(@xml:id): h:entry-label(.) }, map { 'duplicates': 'use-first' })"/>

  <!-- Whether an element is a register entry. -->
  <xsl:function name="h:is-entry" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="exists($e[@xml:id]) and exists(key('h:entry', string($e/@xml:id), root($e))[. is $e])"/>
  </xsl:function>

  <!-- The kind of an entry: person, org, place, event, text or object. -->
  <xsl:function name="h:entry-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::person or $e/self::personGrp) then 'person'
      else if ($e/self::org) then 'org'
      else if ($e/self::place) then 'place'
      else if ($e/self::event) then 'event'
      else if ($e/self::object) then 'object'
      else 'text'"/>
  </xsl:function>

  <!-- An entry's display name: its first name or title, else its text (without notes and
       identifiers, cut at 80 characters), else "unnamed" and its kind; never its xml:id, which
       readers should not see. -->
  <xsl:function name="h:entry-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="($e/(persName | orgName | placeName | eventName | objectName | name | title | label))[1]"/>
    <xsl:variable name="text" select="if ($n) then '' else h:norm($e/node()[not(self::note or self::idno)])"/>
    <xsl:sequence select="if ($n) then h:norm($n)
      else if (string-length($text) gt 80) then replace(substring($text, 1, 80), '\s+\S*$', '') || '…'
      else if ($text) then $text
      else 'Unnamed ' || replace(h:entry-kind($e), '^org$', 'organisation')"/>
  </xsl:function>

  <!-- Normalised string value of nodes, with no editorial notes in it. -->
  <xsl:function name="h:norm" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join(
      for $n in $nodes return $n/descendant-or-self::text()[not(ancestor::note[. is $n or . &gt;&gt; $n])], ''))"/>
  </xsl:function>

  <!-- The html id of a page break: `page-N` when its label (ed:page-label) is a number, else
       `page-` and its ordinal. -->
  <xsl:function name="h:page-id" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:variable name="n" as="xs:string" select="ed:page-label($pb)"/>
    <xsl:sequence select="'page-' || (if (matches($n, '^[0-9]+$')) then $n else string($pb/accumulator-after('ed:page-index')))"/>
  </xsl:function>

  <!-- An ISO 8601 date in words (ed:date-label, common/dates.xsl, which every target uses). -->
  <xsl:function name="h:date-label" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="ed:date-label($iso)"/>
  </xsl:function>

  <!-- Whether a value can go into `time/@datetime` as HTML accepts it (dates, months, years,
       durations). -->
  <xsl:function name="h:is-datetime" as="xs:boolean">
    <xsl:param name="v" as="xs:string?"/>
    <xsl:sequence select="matches(string($v), '^([0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9:.]+(Z|[+\-][0-9:]+)?)?)?)?|P[0-9YMWDTHS.]+)$')"/>
  </xsl:function>
</xsl:stylesheet>
