<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading text of the JSON target and the offsets of the nodes it locates, in one linear pass
  over the stream (common/reading.xsl, markers as json/markers.xsl writes them): the same text
  and the same breaks as common/layout.xsl (ed:layout-text, whose text this pass writes piece
  by piece), and for every located node one record written once, when its range is complete. Open
  ranges are kept on a small stack (nodes nest, so it is as deep as the markup), never looked up
  in a map; offsets are counted in UTF-16 code units (JavaScript string indices) as the text is
  written, so no pass over the text converts them afterwards.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    Lays out a stream: the strings of the text in order (a separator when it is not empty, then a
    piece of text), interleaved with one record per located node, and last the length of the
    text. A record is an array [node, order, start, end, first, last, at]: `order` numbers the
    markers in stream order (document order: the records come out as ranges close, so a reader
    sorts them by it); `start` and `end` are UTF-16 offsets, `first` and `last` the indexes of the
    first and last string of the node's text (an empty range has last = first - 1); `at` is the
    offset of a point. Members a record does not have are empty: a page break has a start only (it
    opens and never closes), a point has `at` only.
    A separator is written only between two pieces of text; a node opened before any text of its
    own starts with the next piece; a point that follows a line or block break (a note before the
    first word of a paragraph) stands at the start of the next text, inside the block that holds it.
    $stream: strings and markers from mode ed:stream.
    $astral: whether the stream's strings hold characters outside the Basic Multilingual Plane
      (which count two code units); false makes every piece's length its string-length().
  -->
  <xsl:function name="ed:json-layout" as="item()*">
    <xsl:param name="stream" as="item()*"/>
    <xsl:param name="astral" as="xs:boolean"/>
    <xsl:iterate select="$stream">
      <!-- Code units and strings written; markers seen. -->
      <xsl:param name="u" as="xs:integer" select="0"/>
      <xsl:param name="n" as="xs:integer" select="0"/>
      <xsl:param name="seq" as="xs:integer" select="0"/>
      <!-- The strongest break asked for since the last piece; whether a glue came since. -->
      <xsl:param name="pending" as="xs:integer" select="0"/>
      <xsl:param name="glued" as="xs:boolean" select="false()"/>
      <!-- Opened before any text of their own [node, order]; points waiting for the next text [node, order]. -->
      <xsl:param name="waiting" as="array(*)*" select="()"/>
      <xsl:param name="parked" as="array(*)*" select="()"/>
      <!-- Open ranges with their text begun: [node, order, start, first]. -->
      <xsl:param name="open" as="array(*)*" select="()"/>
      <xsl:on-completion>
        <xsl:sequence select="($open, $waiting ! [?1, ?2, $u, $n + 1]) ! [?1, ?2, ?3, (), ?4, (), ()],
          $parked ! [?1, ?2, (), (), (), (), $u], $u"/>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test=". instance of array(*)">
          <xsl:variable name="k" as="node()" select="?2"/>
          <xsl:choose>
            <xsl:when test="?1 eq 1">
              <xsl:next-iteration>
                <xsl:with-param name="seq" select="$seq + 1"/>
                <xsl:with-param name="waiting" select="($waiting, [$k, $seq + 1])"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="?1 eq 2">
              <xsl:variable name="w" as="array(*)?" select="$waiting[?1 is $k]"/>
              <xsl:choose>
                <xsl:when test="exists($w)">
                  <xsl:sequence select="[$k, $w?2, $u, $u, $n + 1, $n, ()]"/>
                  <xsl:next-iteration>
                    <xsl:with-param name="waiting" select="$waiting[not(?1 is $k)]"/>
                  </xsl:next-iteration>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:variable name="o" as="array(*)" select="$open[?1 is $k]"/>
                  <xsl:sequence select="[$k, $o?2, $o?3, $u, $o?4, $n, ()]"/>
                  <xsl:next-iteration>
                    <xsl:with-param name="open" select="$open[not(?1 is $k)]"/>
                  </xsl:next-iteration>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:when>
            <xsl:when test="$pending ge 2">
              <xsl:next-iteration>
                <xsl:with-param name="seq" select="$seq + 1"/>
                <xsl:with-param name="parked" select="($parked, [$k, $seq + 1])"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="[$k, $seq + 1, (), (), (), (), $u]"/>
              <xsl:next-iteration>
                <xsl:with-param name="seq" select="$seq + 1"/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="mark" as="xs:integer?" select="$ed:json-marks(.)"/>
          <xsl:choose>
            <xsl:when test="$mark eq 0">
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="0"/>
                <xsl:with-param name="glued" select="true()"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="exists($mark)">
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="if ($mark gt $pending) then $mark else $pending"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="core" as="xs:string" select="normalize-space(.)"/>
              <xsl:choose>
                <xsl:when test="$core eq ''">
                  <xsl:next-iteration>
                    <xsl:with-param name="pending" select="if ($pending ge 1 or $glued or . eq '') then $pending else 1"/>
                  </xsl:next-iteration>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:variable name="level" as="xs:integer" select="if ($n eq 0) then 0
                    else if ($pending eq 0 and not($glued) and contains($ed:json-ws, substring(., 1, 1))) then 1 else $pending"/>
                  <xsl:variable name="sep" as="xs:string?" select="$ed:json-separators[$level]"/>
                  <!-- Where the piece starts: in code units and as a string index. -->
                  <xsl:variable name="at" as="xs:integer" select="$u + string-length($sep)"/>
                  <xsl:variable name="first" as="xs:integer" select="if ($level eq 0) then $n + 1 else $n + 2"/>
                  <xsl:sequence select="$sep, $core"/>
                  <xsl:if test="exists($waiting) or exists($parked)">
                    <xsl:sequence select="$waiting[?1/self::pb] ! [?1, ?2, $at, (), $first, (), ()], $parked ! [?1, ?2, (), (), (), (), $at]"/>
                  </xsl:if>
                  <xsl:next-iteration>
                    <xsl:with-param name="u" select="$at + (if ($astral) then ed:utf16-length($core) else string-length($core))"/>
                    <xsl:with-param name="n" select="$first"/>
                    <xsl:with-param name="pending" select="if (matches(., '[ &#9;&#10;&#13;]$')) then 1 else 0"/>
                    <xsl:with-param name="glued" select="false()"/>
                    <xsl:with-param name="waiting" select="()"/>
                    <xsl:with-param name="parked" select="()"/>
                    <xsl:with-param name="open" select="if (empty($waiting)) then $open else ($open, $waiting[not(?1/self::pb)] ! [?1, ?2, $at, $first])"/>
                  </xsl:next-iteration>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- The break and glue markers of the stream (common/markers.xsl) by what they mean: 0 glue, else a break level. -->
  <xsl:variable name="ed:json-marks" as="map(xs:string, xs:integer)"
    select="map { $ed:glue-mark: 0, $ed:sep-marks[1]: 1, $ed:sep-marks[2]: 2, $ed:sep-marks[3]: 3 }"/>

  <!-- What a break of level 1, 2, 3 writes between two pieces: a space, a line feed, a blank line. -->
  <xsl:variable name="ed:json-separators" as="xs:string+" select="(' ', '&#10;', '&#10;&#10;')"/>

  <!-- XML whitespace (normalize-space() removes these and no others), as one string. -->
  <xsl:variable name="ed:json-ws" as="xs:string" select="' &#9;&#10;&#13;'"/>

  <!--
    The records of a layout (ed:json-layout) in document order.
    $laid: the result of ed:json-layout.
  -->
  <xsl:function name="ed:json-records" as="array(*)*">
    <xsl:param name="laid" as="item()*"/>
    <xsl:perform-sort select="$laid[. instance of array(*)]">
      <xsl:sort select="?2"/>
    </xsl:perform-sort>
  </xsl:function>

</xsl:stylesheet>
