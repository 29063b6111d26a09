<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typed parameters shared by the targets. They live in the ed: namespace so that a target's
  own parameters never clash with them; TypeScript passes them as `Q{urn:teikit:ed}view` etc.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!-- `reading` (the text as meant: no furniture, word breaks joined) or `diplomatic` (as on the page). -->
  <xsl:param name="ed:view" as="xs:string" select="'reading'"/>

  <!-- Wrap text at this many columns; 0 for no wrapping. -->
  <xsl:param name="ed:width" as="xs:integer" select="78"/>

  <!-- Plain text: begin with a block of the edition's title, its source and classification. -->
  <xsl:param name="ed:text-header" as="xs:boolean" select="false()"/>

  <!-- Plain text: number the notes in the text ("[1]") and give them at the end. -->
  <xsl:param name="ed:notes" as="xs:boolean" select="false()"/>

  <!-- True for the diplomatic view; used in match patterns of the text target. -->
  <xsl:variable name="ed:diplomatic" as="xs:boolean" select="$ed:view eq 'diplomatic'"/>

</xsl:stylesheet>
