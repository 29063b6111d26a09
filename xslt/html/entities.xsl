<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of names (docs/encoding.md §4 standOff): persons, organisations, places, events, texts and
  objects, each entry with its other names, dates, notes, authority links (urls.xsl) and back-links
  to every occurrence in the text (names.xsl ids), labelled by page ("p. 2, 2nd, 3rd; p. 3").
  Entries are headed and filed by the name a reader looks for (h:entry-heading, h:entry-sort-key):
  - `@sortKey` on the entry (TEI att.sortable), when given, files it;
  - a person's `persName` with `surname` is headed "Surname, Forenames" (name parts in `@sort`
    order when they have one); without name parts, a name of two or more capitalised words is
    taken to end in the surname ("Joseph Stalin" → "Stalin, Joseph"), which is a fallback: an
    edition should mark `surname` and `forename` (or give `@sortKey`) wherever that is wrong;
  - a name of the form "Empire of Japan", "Kingdom of the Netherlands", "Battle of Stalingrad" is
    headed by its distinctive part ("Japan, Empire of"), as back-of-book indexes do;
  - filing ignores case, accents and a leading "The", "A" or "An".
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- Occurrences by the ids they point to, in document order (the same elements as the
       accumulator h:occ and h:is-occurrence(), written out). Each occurrence's ids come from a map of the document's few distinct
       pointer values (names.xsl), not from string functions per element; a key would test its
       pattern on every node of the document. -->
  <xsl:variable name="h:pointing" as="map(xs:string, element()+)">
    <xsl:variable name="ids" as="map(xs:string, xs:string*)" select="map:merge(map:keys($h:pointer-groups) ! map { .: (h:local-ids(.),
      if (map:size($h:register-listed) eq 0) then () else ed:register-ids(., $h:tei)[map:contains($h:register-listed, .)]) })"/>
    <xsl:map>
      <xsl:for-each-group select="$h:root/descendant::*[(@ref and (self::persName or self::placeName or self::orgName or self::geogName
        or self::eventName or self::objectName or self::name or self::rs or self::title)) or (@source and self::quote)][ancestor::text]" group-by="$ids(string-join((@ref, @source), ' '))">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:variable name="h:kinds" as="map(xs:string, xs:string)"
    select="map { 'person': 'Persons', 'org': 'Organisations', 'place': 'Places', 'event': 'Events', 'text': 'Texts', 'object': 'Objects' }"/>

  <xsl:template name="h:register" as="element()?">
    <xsl:if test="exists($h:entries)">
      <section id="register" class="register" aria-labelledby="register-h">
        <h2 id="register-h">Index of names</h2>
        <xsl:for-each select="('person', 'org', 'place', 'event', 'text', 'object')">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="these" select="$h:entries[h:entry-kind(.) = $kind]"/>
          <xsl:if test="exists($these)">
            <h3 id="register-{$kind}">{$h:kinds($kind)}</h3>
            <ul class="entries">
              <xsl:apply-templates select="$these" mode="h:entry">
                <xsl:sort select="h:entry-sort-key(.)" lang="en"/>
                <xsl:sort select="string(@xml:id)"/>
              </xsl:apply-templates>
            </ul>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="h:entry" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="*" mode="h:entry">
    <xsl:variable name="label" select="h:entry-label(.)"/>
    <xsl:variable name="names" select="(persName | orgName | placeName | eventName | objectName | name | title)"/>
    <xsl:variable name="occ" select="$h:pointing(string(@xml:id))"/>
    <li id="{@xml:id}" class="entry">
      <span class="entry-name">{h:entry-heading(.)}</span>
      <xsl:variable name="other" select="distinct-values(subsequence($names, 2) ! h:norm(.))[. ne $label]"/>
      <xsl:if test="exists($other)"><span class="entry-alt"> (also {string-join($other, '; ')})</span></xsl:if>
      <xsl:variable name="type" select="string(@type)"/>
      <xsl:if test="$type and h:entry-kind(.) = 'text'"><span class="entry-type">, {$type}</span></xsl:if>
      <xsl:variable name="dates" select="h:entry-dates(.)"/>
      <xsl:if test="$dates"><span class="entry-dates">, {$dates}</span></xsl:if>
      <xsl:if test="note[not(@type = 'authority')]">
        <span class="entry-notes">
          <xsl:for-each select="note[not(@type = 'authority')]">
            <xsl:apply-templates mode="h:prose"/><xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:call-template name="h:authority"/>
      <xsl:if test="$ed:collection-pages and map:contains($h:register-listed, string(@xml:id)) and not(root(.) is $h:root)">
        <span class="entry-collection"><a href="names.html#{@xml:id}" aria-label="In the collection's index of names: {$label}">In the collection's index of names</a></span>
      </xsl:if>
      <xsl:if test="exists($occ)">
        <span class="occurrences">
          <span class="occ-h">In the text: </span>
          <!-- Each occurrence's page, looked up by position in an array (SaxonJS counts its way to
               the n-th item of a sequence); no xsl:iterate, whose parameters cost more per item.
               The first link of a page says "p. 2", the next ones on it "2nd", "3rd"; each link's
               accessible name begins with what it shows and adds the page and the entry
               ("2nd mention, p. 2, Empire of Japan"). -->
          <xsl:variable name="pages" as="array(xs:string)" select="array { $occ ! accumulator-before('h:page') }"/>
          <!-- The rank of each occurrence among those on the same page, by position: one grouping
               pass, where counting back from each occurrence was quadratic in an entry's mentions. -->
          <xsl:variable name="rank" as="map(xs:integer, xs:integer)">
            <xsl:map>
              <xsl:for-each-group select="1 to array:size($pages)" group-by="$pages(.)">
                <xsl:for-each select="current-group()"><xsl:map-entry key="." select="position()"/></xsl:for-each>
              </xsl:for-each-group>
            </xsl:map>
          </xsl:variable>
          <xsl:for-each select="$occ">
            <xsl:variable name="i" as="xs:integer" select="position()"/>
            <xsl:variable name="page" as="xs:string" select="$pages($i)"/>
            <xsl:variable name="new-page" as="xs:boolean" select="if ($i eq 1) then true() else $page ne $pages($i - 1)"/>
            <xsl:variable name="nth" as="xs:integer" select="if ($new-page) then 1 else $rank($i)"/>
            <xsl:variable name="quoted" select="if (self::quote) then ' (quoted)' else ''"/>
            <xsl:variable name="where" select="if ($page) then 'p. ' || $page else 'in the text'"/>
            <xsl:value-of select="if ($i eq 1) then '' else if ($new-page) then '; ' else ', '"/>
            <a href="#occ-{accumulator-before('h:occ')}" aria-label="{if ($nth gt 1) then h:ordinal($nth) || ' mention, ' else ''}{$where}{$quoted}, {$label}">{if ($nth gt 1) then h:ordinal($nth) else $where}{$quoted}</a>
          </xsl:for-each>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- "1st", "2nd", "3rd", "4th", "11th", "21st", … -->
  <xsl:function name="h:ordinal" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="$n || (if ($n mod 100 = (11, 12, 13)) then 'th' else if ($n mod 10 = 1) then 'st'
      else if ($n mod 10 = 2) then 'nd' else if ($n mod 10 = 3) then 'rd' else 'th')"/>
  </xsl:function>

  <!-- An entry's heading in the index: the name a reader looks for (see the head of this file). -->
  <xsl:function name="h:entry-heading" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="label" select="h:entry-label($e)"/>
    <xsl:variable name="pers" select="($e/self::person | $e/self::personGrp)/persName[1]"/>
    <xsl:variable name="parts" select="$pers/(surname | forename | addName | roleName | genName | nameLink)[normalize-space()]"/>
    <!-- xsl:perform-sort rather than fn:sort with an inline function: the same order, and the
         stylesheet stays runnable on processors without higher-order functions (Saxon-HE 9.9). -->
    <xsl:variable name="by-sort" as="element()*">
      <xsl:perform-sort select="$parts">
        <xsl:sort select="number((@sort, 999)[1])"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:sequence select="
      if (exists($parts[@sort])) then h:inverted(for $p in $by-sort return h:norm($p))
      else if (exists($parts[self::surname])) then h:inverted((h:norm($parts[self::surname]), $parts[not(self::surname)] ! h:norm(.)))
      else if (exists($pers) and empty($parts) and matches($label, '^(\p{Lu}[\p{L}\p{M}''’.\-]*\s+)+\p{Lu}[\p{L}\p{M}''’\-]*$'))
        then replace($label, '^(.*\S)\s+(\S+)$', '$2, $1')
      else if (matches($label, '^(Empire|Kingdom|Republic|Principality|Grand Duchy|Duchy|Sultanate|Emirate|Commonwealth|Battle|Siege) of (the )?\S'))
        then replace($label, '^(\S+( Duchy)? of( the)?) (.+)$', '$4, $1')
      else $label"/>
  </xsl:function>

  <!-- Name parts as an index heading: the first, a comma, the others in order. -->
  <xsl:function name="h:inverted" as="xs:string">
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:sequence select="string-join(($parts[1], string-join(subsequence($parts, 2), ' ')[. ne '']), ', ')"/>
  </xsl:function>

  <!-- What an entry is filed by: its @sortKey, else its heading; case, accents and a leading
       article do not count. -->
  <xsl:function name="h:entry-sort-key" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="key" select="(normalize-space($e/@sortKey)[. ne ''], h:entry-heading($e))[1]"/>
    <xsl:sequence select="replace(replace(lower-case(normalize-unicode($key, 'NFD')), '\p{M}', ''), '^(the|a|an)\s+', '')"/>
  </xsl:function>

  <!-- Authority: a link per identifier, or the note saying none is verified (docs/encoding.md §4). -->
  <xsl:template name="h:authority" as="element()?">
    <xsl:variable name="ids" select="idno[not(@type = ('local'))]"/>
    <xsl:choose>
      <xsl:when test="exists($ids)">
        <span class="authority">
          <xsl:for-each select="$ids">
            <xsl:variable name="url" select="h:authority-url(.)"/>
            <xsl:variable name="name" select="h:authority-name(.)"/>
            <xsl:choose>
              <xsl:when test="exists($url)"><a class="authority-link" href="{$url}">{$name}{normalize-space(.)}</a></xsl:when>
              <xsl:otherwise><span>{$name}{normalize-space(.)}</span></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="position() ne last()">, </xsl:if>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:when test="note[@type = 'authority']">
        <span class="authority authority-none"><xsl:apply-templates select="note[@type = 'authority']/node()" mode="h:prose"/></span>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="h:authority-name" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="t" select="lower-case($idno/@type)"/>
    <xsl:sequence select="if ($t = 'wikidata') then 'Wikidata ' else if ($t = 'geonames') then 'GeoNames '
      else if ($t = 'viaf') then 'VIAF ' else if ($t = 'gnd') then 'GND ' else ''"/>
  </xsl:function>

  <!-- Dates of an entry in words: a point, a span, or the date of a text. -->
  <xsl:function name="h:entry-dates" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="d" select="($e, $e/date)[@when or @from or @to or @notBefore or @notAfter][1]"/>
    <xsl:sequence select="
      if ($d/@when) then h:date-label($d/@when)
      else if ($d/@from or $d/@to) then string-join((h:date-label($d/@from), h:date-label($d/@to)), '–')
      else if ($d/@notBefore or $d/@notAfter) then 'between ' || string-join((h:date-label($d/@notBefore), h:date-label($d/@notAfter)), ' and ')
      else ''"/>
  </xsl:function>
</xsl:stylesheet>
