<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessControl</name>
    <message>
        <source>manage the users</source>
        <translation>manage the users</translation>
    </message>
    <message>
        <source>change the office profile, terms and document types</source>
        <translation>change the office profile, terms and document types</translation>
    </message>
    <message>
        <source>restore a backup or change the file&apos;s key</source>
        <translation>restore a backup or change the file&apos;s key</translation>
    </message>
    <message>
        <source>make a backup copy</source>
        <translation>make a backup copy</translation>
    </message>
    <message>
        <source>enter or change documents in the registers</source>
        <translation>enter or change documents in the registers</translation>
    </message>
    <message>
        <source>hand documents over with a direction</source>
        <translation>hand documents over with a direction</translation>
    </message>
    <message>
        <source>copy lists or files out of the office file</source>
        <translation>copy lists or files out of the office file</translation>
    </message>
    <message>
        <source>prepare meetings and keep their records</source>
        <translation>prepare meetings and keep their records</translation>
    </message>
    <message>
        <source>change the committee&apos;s members or the checklist templates</source>
        <translation>change the committee&apos;s members or the checklist templates</translation>
    </message>
    <message>
        <source>approve guests or close follow-up tasks</source>
        <translation>approve guests or close follow-up tasks</translation>
    </message>
    <message>
        <source>With the recovery code you may only set a new password.</source>
        <translation>With the recovery code you may only set a new password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the office chief.</source>
        <translation>This account is disabled. Ask the office chief.</translation>
    </message>
    <message>
        <source>Choose your own password first (the office chief set the one you have).</source>
        <translation>Choose your own password first (the office chief set the one you have).</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. Only these may: %3.</source>
        <translation>Your role (%1) may not %2. Only these may: %3.</translation>
    </message>
    <message>
        <source>cancel an outgoing document already issued</source>
        <translation>cancel an outgoing document already issued</translation>
    </message>
    <message>
        <source>record the approval of a year&apos;s dossier list</source>
        <translation>record the approval of a year&apos;s dossier list</translation>
    </message>
    <message>
        <source>keep the archive: dossiers, filing, closing, hand-over, lending</source>
        <translation>keep the archive: dossiers, filing, closing, hand-over, lending</translation>
    </message>
    <message>
        <source>destroy dossiers whose retention ran out</source>
        <translation>destroy dossiers whose retention ran out</translation>
    </message>
    <message>
        <source>keep the asset register: items, movements, depreciation, inventories</source>
        <translation>keep the asset register: items, movements, depreciation, inventories</translation>
    </message>
    <message>
        <source>print the asset papers or export the asset register</source>
        <translation>print the asset papers or export the asset register</translation>
    </message>
</context>
<context>
    <name>AnnualDepreciation</name>
    <message>
        <source>The depreciation of %1 is locked (its table was signed): a change dated %2 would alter it. Date it in %3 or later.</source>
        <translation>The depreciation of %1 is locked (its table was signed): a change dated %2 would alter it. Date it in %3 or later.</translation>
    </message>
    <message>
        <source>The depreciation is computed for a year up to this one (%1).</source>
        <translation>The depreciation is computed for a year up to this one (%1).</translation>
    </message>
    <message>
        <source>The depreciation of %1 has not been computed: compute it and print its table first.</source>
        <translation>The depreciation of %1 has not been computed: compute it and print its table first.</translation>
    </message>
    <message>
        <source>The depreciation of %1 is already locked (signed by %2 on %3).</source>
        <translation>The depreciation of %1 is already locked (signed by %2 on %3).</translation>
    </message>
    <message>
        <source>Say who signed the depreciation table of %1.</source>
        <translation>Say who signed the depreciation table of %1.</translation>
    </message>
    <message>
        <source>The table of %1 is signed from 1 December %1 to today.</source>
        <translation>The table of %1 is signed from 1 December %1 to today.</translation>
    </message>
    <message>
        <source>Lock %1 first: the years are locked in order.</source>
        <translation>Lock %1 first: the years are locked in order.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed on %2: compute it again and print the new table for signature before locking it.</source>
        <translation>The register changed after the depreciation of %1 was computed on %2: compute it again and print the new table for signature before locking it.</translation>
    </message>
    <message>
        <source>The depreciation of %1 is locked: its table was signed by %2 on %3. A locked year is not computed again.</source>
        <translation>The depreciation of %1 is locked: its table was signed by %2 on %3. A locked year is not computed again.</translation>
    </message>
    <message>
        <source>The depreciation is locked up to %1: a year before it is not computed again.</source>
        <translation>The depreciation is locked up to %1: a year before it is not computed again.</translation>
    </message>
    <message>
        <source>%1 has not ended: its depreciation is locked from 1 January %2.</source>
        <translation>%1 has not ended: its depreciation is locked from 1 January %2.</translation>
    </message>
    <message>
        <source>The table of %1 was computed on %2: it was signed that day or after.</source>
        <translation>The table of %1 was computed on %2: it was signed that day or after.</translation>
    </message>
</context>
<context>
    <name>ArchiveHold</name>
    <message>
        <source>%1 was kept in dossier %2, which was destroyed: the line stays as it was.</source>
        <translation>%1 was kept in dossier %2, which was destroyed: the line stays as it was.</translation>
    </message>
    <message>
        <source>%1 is kept in dossier %2, handed over to the archive under record %3: it no longer changes.</source>
        <translation>%1 is kept in dossier %2, handed over to the archive under record %3: it no longer changes.</translation>
    </message>
</context>
<context>
    <name>ArchivePapers</name>
    <message>
        <source>There is no dossier in those years.</source>
        <translation>There is no dossier in those years.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has no dossier yet: add them, or draft it from an earlier year&apos;s.</source>
        <translation>The dossier list of %1 has no dossier yet: add them, or draft it from an earlier year&apos;s.</translation>
    </message>
</context>
<context>
    <name>ArchivePrint</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ArchivePrintout</name>
    <message>
        <source>Choose one dossier.</source>
        <translation>Choose one dossier.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecords</name>
    <message>
        <source>No dossier was handed over under record %1.</source>
        <translation>No dossier was handed over under record %1.</translation>
    </message>
    <message>
        <source>No dossier past its retention is waiting for the council&apos;s decision; a decided destruction&apos;s papers are printed by its number.</source>
        <translation>No dossier past its retention is waiting for the council&apos;s decision; a decided destruction&apos;s papers are printed by its number.</translation>
    </message>
</context>
<context>
    <name>AssetCategories</name>
    <message>
        <source>%1 (to be checked)</source>
        <translation>%1 (to be checked)</translation>
    </message>
    <message>
        <source>The table of asset categories has no row %1.</source>
        <translation>The table of asset categories has no row %1.</translation>
    </message>
    <message>
        <source>Each asset category needs its own code and a name.</source>
        <translation>Each asset category needs its own code and a name.</translation>
    </message>
    <message>
        <source>The code prefix of category %1 is one to eight capital letters or digits (MT, NHA).</source>
        <translation>The code prefix of category %1 is one to eight capital letters or digits (MT, NHA).</translation>
    </message>
    <message>
        <source>Category %1: the useful life is 0 to 200 years and the rate 0 to 100 %.</source>
        <translation>Category %1: the useful life is 0 to 200 years and the rate 0 to 100 %.</translation>
    </message>
    <message>
        <source>Category %1 has items in the register and cannot be removed.</source>
        <translation>Category %1 has items in the register and cannot be removed.</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>No category of the table is &quot;%1&quot;.</source>
        <translation>No category of the table is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the day it was put into use (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; is not the day it was put into use (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an original cost in whole đồng.</source>
        <translation>&quot;%1&quot; is not an original cost in whole đồng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an accumulated depreciation in whole đồng.</source>
        <translation>&quot;%1&quot; is not an accumulated depreciation in whole đồng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yearly rate (20, 6,67).</source>
        <translation>&quot;%1&quot; is not a yearly rate (20, 6,67).</translation>
    </message>
    <message>
        <source>The code %1 is on another row too.</source>
        <translation>The code %1 is on another row too.</translation>
    </message>
    <message>
        <source>The register already has an item with the code %1.</source>
        <translation>The register already has an item with the code %1.</translation>
    </message>
    <message>
        <source>The depreciation up to %1 is locked: give the accumulated depreciation up to then.</source>
        <translation>The depreciation up to %1 is locked: give the accumulated depreciation up to then.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows with errors and try again.</source>
        <translation>Nothing was imported: correct the rows with errors and try again.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>This item left the register (%1): take the row out of the sheet, or enter it and record what became of it.</source>
        <translation>This item left the register (%1): take the row out of the sheet, or enter it and record what became of it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the year the accumulated depreciation counts to.</source>
        <translation>&quot;%1&quot; is not the year the accumulated depreciation counts to.</translation>
    </message>
    <message>
        <source>Acquired in %1, it cannot carry depreciation accumulated to the end of %2.</source>
        <translation>Acquired in %1, it cannot carry depreciation accumulated to the end of %2.</translation>
    </message>
</context>
<context>
    <name>AssetInventory</name>
    <message>
        <source>There is no inventory %1.</source>
        <translation>There is no inventory %1.</translation>
    </message>
    <message>
        <source>No inventory is open: start one first.</source>
        <translation>No inventory is open: start one first.</translation>
    </message>
    <message>
        <source>The inventory&apos;s day is a day up to today.</source>
        <translation>The inventory&apos;s day is a day up to today.</translation>
    </message>
    <message>
        <source>Name the inventory committee: two members at least.</source>
        <translation>Name the inventory committee: two members at least.</translation>
    </message>
    <message>
        <source>The inventory of %1 is still open: close it first.</source>
        <translation>The inventory of %1 is still open: close it first.</translation>
    </message>
    <message>
        <source>An item is marked found, found elsewhere, damaged or missing.</source>
        <translation>An item is marked found, found elsewhere, damaged or missing.</translation>
    </message>
    <message>
        <source>Say where %1 was found.</source>
        <translation>Say where %1 was found.</translation>
    </message>
    <message>
        <source>%1 is not in this inventory: the register has no such item in use. An item found that the register does not hold is added as an extra.</source>
        <translation>%1 is not in this inventory: the register has no such item in use. An item found that the register does not hold is added as an extra.</translation>
    </message>
    <message>
        <source>An extra needs its name and category.</source>
        <translation>An extra needs its name and category.</translation>
    </message>
    <message>
        <source>The value of an extra is a whole number of đồng from 0 to %1.</source>
        <translation>The value of an extra is a whole number of đồng from 0 to %1.</translation>
    </message>
    <message>
        <source>The inventory closes on a day from %1 to today.</source>
        <translation>The inventory closes on a day from %1 to today.</translation>
    </message>
    <message>
        <source>Give the inventory record&apos;s number.</source>
        <translation>Give the inventory record&apos;s number.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not checked yet: mark them, or mark the rest missing.</source>
        <translation>
            <numerusform>%n item(s) not checked yet: mark them, or mark the rest missing.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing: give the decision that writes them off as lost.</source>
        <translation>
            <numerusform>%n item(s) missing: give the decision that writes them off as lost.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory of %1</source>
        <translation>Inventory of %1</translation>
    </message>
    <message>
        <source>Found in excess by the inventory of %1</source>
        <translation>Found in excess by the inventory of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation>Elsewhere: %1</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>No inventory has been started.</source>
        <translation>No inventory has been started.</translation>
    </message>
</context>
<context>
    <name>AssetLabels</name>
    <message>
        <source>There is no item to label.</source>
        <translation>There is no item to label.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>The PDF file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The labels could not be drawn.</source>
        <translation>The labels could not be drawn.</translation>
    </message>
</context>
<context>
    <name>AssetListing</name>
    <message>
        <source>Fixed asset</source>
        <translation>Fixed asset</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>State budget</source>
        <translation>State budget</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Other sources</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Original cost</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Book value</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>AssetMovements</name>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Upgraded</translation>
    </message>
    <message>
        <source>Revalued</source>
        <translation>Revalued</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Give the day it happened.</source>
        <translation>Give the day it happened.</translation>
    </message>
    <message>
        <source>The day it happened (%1) is after today.</source>
        <translation>The day it happened (%1) is after today.</translation>
    </message>
    <message>
        <source>%1 was acquired on %2: nothing happened to it before.</source>
        <translation>%1 was acquired on %2: nothing happened to it before.</translation>
    </message>
    <message>
        <source>%1 left the register (%2 on %3).</source>
        <translation>%1 left the register (%2 on %3).</translation>
    </message>
    <message>
        <source>An amount is a whole number of đồng from 0 to %1.</source>
        <translation>An amount is a whole number of đồng from 0 to %1.</translation>
    </message>
    <message>
        <source>Say the room or the keeper %1 is handed over to.</source>
        <translation>Say the room or the keeper %1 is handed over to.</translation>
    </message>
    <message>
        <source>Say what was repaired.</source>
        <translation>Say what was repaired.</translation>
    </message>
    <message>
        <source>An item is put in use, under repair or idle; its disposal, loss or transfer is recorded as such.</source>
        <translation>An item is put in use, under repair or idle; its disposal, loss or transfer is recorded as such.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 is already %2.</translation>
    </message>
    <message>
        <source>Give the cost the upgrade added.</source>
        <translation>Give the cost the upgrade added.</translation>
    </message>
    <message>
        <source>Give the decision or invoice of the upgrade.</source>
        <translation>Give the decision or invoice of the upgrade.</translation>
    </message>
    <message>
        <source>The life left is a number of years, up to 100.</source>
        <translation>The life left is a number of years, up to 100.</translation>
    </message>
    <message>
        <source>The cost would exceed %1.</source>
        <translation>The cost would exceed %1.</translation>
    </message>
    <message>
        <source>Give the cost the revaluation set.</source>
        <translation>Give the cost the revaluation set.</translation>
    </message>
    <message>
        <source>Give the decision of the revaluation.</source>
        <translation>Give the decision of the revaluation.</translation>
    </message>
    <message>
        <source>The accumulated depreciation a revaluation sets is from 0 to its new cost.</source>
        <translation>The accumulated depreciation a revaluation sets is from 0 to its new cost.</translation>
    </message>
    <message>
        <source>Give the decision that disposes of %1.</source>
        <translation>Give the decision that disposes of %1.</translation>
    </message>
    <message>
        <source>Give the record that states the loss of %1.</source>
        <translation>Give the record that states the loss of %1.</translation>
    </message>
    <message>
        <source>Give the decision and the body %1 is transferred to.</source>
        <translation>Give the decision and the body %1 is transferred to.</translation>
    </message>
    <message>
        <source>There is no movement %1.</source>
        <translation>There is no movement %1.</translation>
    </message>
    <message>
        <source>The latest movement of %1 is dated %2: movements are recorded in order, from that day on.</source>
        <translation>The latest movement of %1 is dated %2: movements are recorded in order, from that day on.</translation>
    </message>
    <message>
        <source>The new cost (%1) is below the depreciation accumulated (%2): give the accumulated depreciation the decision sets.</source>
        <translation>The new cost (%1) is below the depreciation accumulated (%2): give the accumulated depreciation the decision sets.</translation>
    </message>
    <message>
        <source>Record %1 is already the record of another act (dated %2): one record, one act. Give this one its own number.</source>
        <translation>Record %1 is already the record of another act (dated %2): one record, one act. Give this one its own number.</translation>
    </message>
</context>
<context>
    <name>AssetPapers</name>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before printing its table.</source>
        <translation>The register changed after the depreciation of %1 was computed: compute it again before printing its table.</translation>
    </message>
    <message>
        <source>The register has no fixed asset.</source>
        <translation>The register has no fixed asset.</translation>
    </message>
    <message>
        <source>The register has no tool.</source>
        <translation>The register has no tool.</translation>
    </message>
    <message>
        <source>The register has no item in use.</source>
        <translation>The register has no item in use.</translation>
    </message>
    <message>
        <source>No item was handed over under record %1.</source>
        <translation>No item was handed over under record %1.</translation>
    </message>
    <message>
        <source>No item was disposed of under record %1.</source>
        <translation>No item was disposed of under record %1.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before printing the book.</source>
        <translation>The register changed after the depreciation of %1 was computed: compute it again before printing the book.</translation>
    </message>
</context>
<context>
    <name>AssetPrint</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>There is no item to label.</source>
        <translation>There is no item to label.</translation>
    </message>
    <message numerus="yes">
        <source>Asset labels (%n)</source>
        <translation>
            <numerusform>Asset labels (%n)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>asset-labels.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AssetRegister</name>
    <message>
        <source>An asset&apos;s code is up to 30 letters, digits, dots, dashes or slashes, without spaces or marks (MT-0003).</source>
        <translation>An asset&apos;s code is up to 30 letters, digits, dots, dashes or slashes, without spaces or marks (MT-0003).</translation>
    </message>
    <message>
        <source>Give the item&apos;s name.</source>
        <translation>Give the item&apos;s name.</translation>
    </message>
    <message>
        <source>Give the day the item was acquired.</source>
        <translation>Give the day the item was acquired.</translation>
    </message>
    <message>
        <source>The day the item was acquired (%1) is after today.</source>
        <translation>The day the item was acquired (%1) is after today.</translation>
    </message>
    <message>
        <source>An item&apos;s own rate is from 0 to 100 % a year.</source>
        <translation>An item&apos;s own rate is from 0 to 100 % a year.</translation>
    </message>
    <message>
        <source>The year of the opening depreciation is from the year of acquisition to this year.</source>
        <translation>The year of the opening depreciation is from the year of acquisition to this year.</translation>
    </message>
    <message>
        <source>The depreciation accumulated before (%1) cannot exceed the original cost (%2).</source>
        <translation>The depreciation accumulated before (%1) cannot exceed the original cost (%2).</translation>
    </message>
    <message>
        <source>Say up to which year the accumulated depreciation brought in was counted.</source>
        <translation>Say up to which year the accumulated depreciation brought in was counted.</translation>
    </message>
    <message>
        <source>The depreciation up to %1 is locked and this item was acquired in %2: give the depreciation it had accumulated up to the end of %1 (from the earlier books).</source>
        <translation>The depreciation up to %1 is locked and this item was acquired in %2: give the depreciation it had accumulated up to the end of %1 (from the earlier books).</translation>
    </message>
    <message>
        <source>An item enters the register in use, under repair or idle; its disposal or loss is recorded after.</source>
        <translation>An item enters the register in use, under repair or idle; its disposal or loss is recorded after.</translation>
    </message>
    <message>
        <source>The register already has an item with the code %1.</source>
        <translation>The register already has an item with the code %1.</translation>
    </message>
    <message>
        <source>Say why the item is corrected: the reason stays in its history.</source>
        <translation>Say why the item is corrected: the reason stays in its history.</translation>
    </message>
    <message>
        <source>An item keeps a code.</source>
        <translation>An item keeps a code.</translation>
    </message>
    <message>
        <source>A locked year&apos;s depreciation table holds this item: its acquisition, original cost and opening values stay. Record an upgrade or a revaluation instead.</source>
        <translation>A locked year&apos;s depreciation table holds this item: its acquisition, original cost and opening values stay. Record an upgrade or a revaluation instead.</translation>
    </message>
    <message>
        <source>The original cost cannot fall below what a revaluation set.</source>
        <translation>The original cost cannot fall below what a revaluation set.</translation>
    </message>
    <message>
        <source>The register has no item %1.</source>
        <translation>The register has no item %1.</translation>
    </message>
    <message>
        <source>The register has no item with the code %1.</source>
        <translation>The register has no item with the code %1.</translation>
    </message>
    <message>
        <source>The original cost is a whole number of đồng from 1 to %1.</source>
        <translation>The original cost is a whole number of đồng from 1 to %1.</translation>
    </message>
    <message>
        <source>%1 has a movement dated %2: it was acquired by then.</source>
        <translation>%1 has a movement dated %2: it was acquired by then.</translation>
    </message>
</context>
<context>
    <name>AssetRules</name>
    <message>
        <source>By months in use: the year an item comes in counts from its month, the year it goes up to the month before.</source>
        <translation>By months in use: the year an item comes in counts from its month, the year it goes up to the month before.</translation>
    </message>
    <message>
        <source>Whole years for the items held on 31 December: an item bought during the year takes the whole year, one disposed of or lost during the year takes nothing that year.</source>
        <translation>Whole years for the items held on 31 December: an item bought during the year takes the whole year, one disposed of or lost during the year takes nothing that year.</translation>
    </message>
    <message>
        <source>The threshold of a fixed asset is an amount of đồng and a number of years.</source>
        <translation>The threshold of a fixed asset is an amount of đồng and a number of years.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The document does not exist.</source>
        <translation>The document does not exist.</translation>
    </message>
    <message>
        <source>This document&apos;s files are above your clearance.</source>
        <translation>This document&apos;s files are above your clearance.</translation>
    </message>
    <message>
        <source>Files belong to incoming or outgoing documents.</source>
        <translation>Files belong to incoming or outgoing documents.</translation>
    </message>
    <message>
        <source>A file must be between 1 byte and %1 MB.</source>
        <translation>A file must be between 1 byte and %1 MB.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>The stored file does not match its checksum.</source>
        <translation>The stored file does not match its checksum.</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>a scan</translation>
    </message>
    <message>
        <source>Only scans and finished documents are kept: PDF, PNG, JPEG, TIFF, ODT or DOCX files.</source>
        <translation>Only scans and finished documents are kept: PDF, PNG, JPEG, TIFF, ODT or DOCX files.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>The document of %1</source>
        <translation>The document of %1</translation>
    </message>
</context>
<context>
    <name>AttendanceBook</name>
    <message>
        <source>A guest needs a name.</source>
        <translation>A guest needs a name.</translation>
    </message>
    <message>
        <source>Give the reason for the absence; the minutes record it.</source>
        <translation>Give the reason for the absence; the minutes record it.</translation>
    </message>
    <message>
        <source>There is no such attendee.</source>
        <translation>There is no such attendee.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Give the time the member came in.</source>
        <translation>Give the time the member came in.</translation>
    </message>
    <message>
        <source>The meeting began at %1: a late arrival comes after that.</source>
        <translation>The meeting began at %1: a late arrival comes after that.</translation>
    </message>
    <message>
        <source>The meeting ended at %1: a member who came in at %2 did not attend it.</source>
        <translation>The meeting ended at %1: a member who came in at %2 did not attend it.</translation>
    </message>
    <message>
        <source>%1 is still to come: give the time the member came in.</source>
        <translation>%1 is still to come: give the time the member came in.</translation>
    </message>
</context>
<context>
    <name>AuditCrossCheck</name>
    <message>
        <source>Row &quot;%1&quot; of %2 was written without any audit log entry.</source>
        <translation>Row &quot;%1&quot; of %2 was written without any audit log entry.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 exists, but the audit log&apos;s entry %3 removed it.</source>
        <translation>Row &quot;%1&quot; of %2 exists, but the audit log&apos;s entry %3 removed it.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 has %3 = &quot;%4&quot;, but the audit log&apos;s latest entry for it (%5) says &quot;%6&quot;: the row was changed outside the application, or copied back from an older copy of the file.</source>
        <translation>Row &quot;%1&quot; of %2 has %3 = &quot;%4&quot;, but the audit log&apos;s latest entry for it (%5) says &quot;%6&quot;: the row was changed outside the application, or copied back from an older copy of the file.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 is missing, but the audit log never removed it.</source>
        <translation>Row &quot;%1&quot; of %2 is missing, but the audit log never removed it.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>The audit log cannot be read.</translation>
    </message>
    <message>
        <source>Audit log entries before number %1 are missing.</source>
        <translation>Audit log entries before number %1 are missing.</translation>
    </message>
    <message>
        <source>Audit log entry number %1 has been altered.</source>
        <translation>Audit log entry number %1 has been altered.</translation>
    </message>
    <message>
        <source>The newest audit log entries have been removed (expected %1, found %2).</source>
        <translation>The newest audit log entries have been removed (expected %1, found %2).</translation>
    </message>
    <message>
        <source>Audit log entry number %1 is not signed, though the entries before it are: it was written outside the application.</source>
        <translation>Audit log entry number %1 is not signed, though the entries before it are: it was written outside the application.</translation>
    </message>
    <message>
        <source>Audit log entry number %1 has a signature that does not match it.</source>
        <translation>Audit log entry number %1 has a signature that does not match it.</translation>
    </message>
    <message>
        <source>(recovery code)</source>
        <translation>(recovery code)</translation>
    </message>
    <message>
        <source>Audit log entry number %1 registers a signing key but is not signed: the application always signs these, so the log&apos;s signatures were removed with a tool.</source>
        <translation>Audit log entry number %1 registers a signing key but is not signed: the application always signs these, so the log&apos;s signatures were removed with a tool.</translation>
    </message>
</context>
<context>
    <name>AuditSignatures</name>
    <message>
        <source>Audit log entry %1 gives %2 a new signing key, but %3 could not do that: someone may be writing entries in another user&apos;s name.</source>
        <translation>Audit log entry %1 gives %2 a new signing key, but %3 could not do that: someone may be writing entries in another user&apos;s name.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, but is signed with a key the log never gave %2: someone else wrote it.</source>
        <translation>Audit log entry %1 is in the name of %2, but is signed with a key the log never gave %2: someone else wrote it.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, but is signed with %3&apos;s key: %3 wrote it.</source>
        <translation>Audit log entry %1 is in the name of %2, but is signed with %3&apos;s key: %3 wrote it.</translation>
    </message>
    <message numerus="yes">
        <source>%n more audit log entries signed by someone other than their writer.</source>
        <translation>
            <numerusform>%n more audit log entries signed by someone other than their writer.</numerusform>
            <numerusform>%n more audit log entries signed by someone other than their writer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entry %1 has a signature that does not match it.</source>
        <translation>Audit log entry %1 has a signature that does not match it.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, who has no account.</source>
        <translation>Audit log entry %1 is in the name of %2, who has no account.</translation>
    </message>
    <message>
        <source>Audit log entry %1 changes the account of %2, but %3 was not an office chief then.</source>
        <translation>Audit log entry %1 changes the account of %2, but %3 was not an office chief then.</translation>
    </message>
    <message>
        <source>Audit log entry %1 makes a key for %2 content, but %3 was not cleared for it: the key is not used.</source>
        <translation>Audit log entry %1 makes a key for %2 content, but %3 was not cleared for it: the key is not used.</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not match its MAC: it was rewritten outside the application, and is not believed.</source>
        <translation>Audit log entry %1 does not match its MAC: it was rewritten outside the application, and is not believed.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup does not open for %1 with this password (it may be an older password, or you had no account when it was made).</source>
        <translation>The backup does not open for %1 with this password (it may be an older password, or you had no account when it was made).</translation>
    </message>
    <message>
        <source>The backup and the office file are the same file.</source>
        <translation>The backup and the office file are the same file.</translation>
    </message>
    <message>
        <source>%1 is a meeting package, not a backup: bring it back with Import instead.</source>
        <translation>%1 is a meeting package, not a backup: bring it back with Import instead.</translation>
    </message>
    <message>
        <source>%1 is a backup of another office&apos;s file; it is not restored here.</source>
        <translation>%1 is a backup of another office&apos;s file; it is not restored here.</translation>
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation>The backup failed its check: %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1.</source>
        <translation>The backup could not be copied next to %1.</translation>
    </message>
    <message>
        <source>restored from %1; users kept as %2</source>
        <translation>restored from %1; users kept as %2</translation>
    </message>
    <message>
        <source>in the current file</source>
        <translation>in the current file</translation>
    </message>
    <message>
        <source>in the backup</source>
        <translation>in the backup</translation>
    </message>
    <message>
        <source>The file is in use by another program. Close it there and try again.</source>
        <translation>The file is in use by another program. Close it there and try again.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>Say what the step is.</source>
        <translation>Say what the step is.</translation>
    </message>
    <message>
        <source>A step is due at most %1 days before or after the meeting.</source>
        <translation>A step is due at most %1 days before or after the meeting.</translation>
    </message>
    <message>
        <source>There is no checklist step %1.</source>
        <translation>There is no checklist step %1.</translation>
    </message>
</context>
<context>
    <name>ClearanceKeys</name>
    <message>
        <source>You are not cleared for this secrecy level according to the file&apos;s audit log, so nothing can be sealed at it in your name.</source>
        <translation>You are not cleared for this secrecy level according to the file&apos;s audit log, so nothing can be sealed at it in your name.</translation>
    </message>
    <message>
        <source>This session holds no key for the secrecy level, so the content cannot be kept.</source>
        <translation>This session holds no key for the secrecy level, so the content cannot be kept.</translation>
    </message>
    <message>
        <source>(sealed with a key of its secrecy level that has not been given to you yet: it is given at the next sign-in of someone who holds it, such as the office chief)</source>
        <translation>(sealed with a key of its secrecy level that has not been given to you yet: it is given at the next sign-in of someone who holds it, such as the office chief)</translation>
    </message>
    <message>
        <source>The file holds a key for %1 content (version %2) that no one cleared for it made: it was put there with a tool, and is not used. Ask the office chief to check the file.</source>
        <translation>The file holds a key for %1 content (version %2) that no one cleared for it made: it was put there with a tool, and is not used. Ask the office chief to check the file.</translation>
    </message>
    <message>
        <source>The key for %1 content (version %2) is sealed to &quot;%3&quot;, who is not cleared for it (or whose key slot is gone): it is withdrawn at the next sign-in of someone cleared for it.</source>
        <translation>The key for %1 content (version %2) is sealed to &quot;%3&quot;, who is not cleared for it (or whose key slot is gone): it is withdrawn at the next sign-in of someone cleared for it.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Name the office file with --db FILE.</source>
        <translation>Name the office file with --db FILE.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run vanphong-cli --help for the commands.</source>
        <translation>Run vanphong-cli --help for the commands.</translation>
    </message>
    <message>
        <source>No password: set VANPHONG_PASSWORD, pass --password-file FILE, or run in a terminal.</source>
        <translation>No password: set VANPHONG_PASSWORD, pass --password-file FILE, or run in a terminal.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>No new password: set VANPHONG_NEW_PASSWORD, pass --new-password-file FILE, or run in a terminal.</source>
        <translation>No new password: set VANPHONG_NEW_PASSWORD, pass --new-password-file FILE, or run in a terminal.</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The file has several users: name yours with --user NAME.</source>
        <translation>The file has several users: name yours with --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Name the office chief&apos;s user with --user NAME.</source>
        <translation>Name the office chief&apos;s user with --user NAME.</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>Created %1 for %2.</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it or write it down and keep it locked away):</source>
        <translation>Recovery code (shown only now; print it or write it down and keep it locked away):</translation>
    </message>
    <message>
        <source>VanPhong office file, format %1</source>
        <translation>VanPhong office file, format %1</translation>
    </message>
    <message>
        <source>Users with a key: %1</source>
        <translation>Users with a key: %1</translation>
    </message>
    <message>
        <source>Recovery code slot: %1</source>
        <translation>Recovery code slot: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Size: %1 bytes</translation>
    </message>
    <message>
        <source>Warning: one of the two header copies is damaged; run verify.</source>
        <translation>Warning: one of the two header copies is damaged; run verify.</translation>
    </message>
    <message>
        <source>Pages checked: %1, audit log entries: %2</source>
        <translation>Pages checked: %1, audit log entries: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>The file is intact.</source>
        <translation>The file is intact.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <source>With a recovery code, name the user whose password to set with --user NAME.</source>
        <translation>With a recovery code, name the user whose password to set with --user NAME.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>Say what to do: user list|add|remove|disable|reset.</source>
        <translation>Say what to do: user list|add|remove|disable|reset.</translation>
    </message>
    <message>
        <source>Name the user: user %1 LOGIN.</source>
        <translation>Name the user: user %1 LOGIN.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Give a role with --role: %1.</source>
        <translation>Give a role with --role: %1.</translation>
    </message>
    <message>
        <source>The clearance is one of thuong, mat, toi-mat, tuyet-mat.</source>
        <translation>The clearance is one of thuong, mat, toi-mat, tuyet-mat.</translation>
    </message>
    <message>
        <source>Unknown user action: %1</source>
        <translation>Unknown user action: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Name the backup file with --to FILE.</source>
        <translation>Name the backup file with --to FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1 (encrypted, same users and passwords).</source>
        <translation>Backup written to %1 (encrypted, same users and passwords).</translation>
    </message>
    <message>
        <source>Name the backup to restore with --from FILE.</source>
        <translation>Name the backup to restore with --from FILE.</translation>
    </message>
    <message>
        <source>Every page has been encrypted under a new master key. Passwords are unchanged.</source>
        <translation>Every page has been encrypted under a new master key. Passwords are unchanged.</translation>
    </message>
    <message>
        <source>Give KEY VALUE pairs; keys: %1.</source>
        <translation>Give KEY VALUE pairs; keys: %1.</translation>
    </message>
    <message>
        <source>Unknown profile key: %1. Keys: %2.</source>
        <translation>Unknown profile key: %1. Keys: %2.</translation>
    </message>
    <message>
        <source>Unknown profile action: %1</source>
        <translation>Unknown profile action: %1</translation>
    </message>
    <message>
        <source>The file given with --%1 cannot be read.</source>
        <translation>The file given with --%1 cannot be read.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>Write dates as YYYY-MM-DD, for example 2026-03-05.</translation>
    </message>
    <message>
        <source>--secret is one of mat, toi-mat, tuyet-mat.</source>
        <translation>--secret is one of mat, toi-mat, tuyet-mat.</translation>
    </message>
    <message>
        <source>--urgency is one of khan, thuong-khan, hoa-toc.</source>
        <translation>--urgency is one of khan, thuong-khan, hoa-toc.</translation>
    </message>
    <message>
        <source>This looks like incoming document %1/%2, registered already (same sender, symbol and date). Add --force to register it again.</source>
        <translation>This looks like incoming document %1/%2, registered already (same sender, symbol and date). Add --force to register it again.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Incoming number %1/%2</source>
        <translation>Incoming number %1/%2</translation>
    </message>
    <message>
        <source>--status is one of new, in-progress, done, filed, cancelled.</source>
        <translation>--status is one of new, in-progress, done, filed, cancelled.</translation>
    </message>
    <message>
        <source>Name the incoming document: incoming %1 NUMBER[/YEAR].</source>
        <translation>Name the incoming document: incoming %1 NUMBER[/YEAR].</translation>
    </message>
    <message>
        <source>handed to %1 by %2 on %3 %4</source>
        <translation>handed to %1 by %2 on %3 %4</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>answered by %1</translation>
    </message>
    <message>
        <source>Unknown incoming action: %1</source>
        <translation>Unknown incoming action: %1</translation>
    </message>
    <message>
        <source>Give the type of document with --type, for example NQ, QĐ, KL, TB, BC, CV.</source>
        <translation>Give the type of document with --type, for example NQ, QĐ, KL, TB, BC, CV.</translation>
    </message>
    <message>
        <source>--status is one of reserved, issued, released.</source>
        <translation>--status is one of reserved, issued, released.</translation>
    </message>
    <message>
        <source>Name the outgoing document by its symbol: outgoing %1 12-NQ/ĐU.</source>
        <translation>Name the outgoing document by its symbol: outgoing %1 12-NQ/ĐU.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Unknown outgoing action: %1</source>
        <translation>Unknown outgoing action: %1</translation>
    </message>
    <message>
        <source>Give the words to search for: search TEXT.</source>
        <translation>Give the words to search for: search TEXT.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Give the day the term started with --starts YYYY-MM-DD.</source>
        <translation>Give the day the term started with --starts YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Say what to do: term add NAME --starts DATE, or term list.</source>
        <translation>Say what to do: term add NAME --starts DATE, or term list.</translation>
    </message>
    <message>
        <source>Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --pdf FILE.</source>
        <translation>Name the PDF file to write with --pdf FILE.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>The PDF file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 documents on %3 pages.</source>
        <translation>Wrote %1: %2 documents on %3 pages.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Wrote %1 documents to %2.</source>
        <translation>Wrote %1 documents to %2.</translation>
    </message>
    <message>
        <source>Name a readable file to attach: incoming attach N FILE.</source>
        <translation>Name a readable file to attach: incoming attach N FILE.</translation>
    </message>
    <message>
        <source>Attached as file %1.</source>
        <translation>Attached as file %1.</translation>
    </message>
    <message>
        <source>Say which file and where: incoming extract N --file ID --to PATH.</source>
        <translation>Say which file and where: incoming extract N --file ID --to PATH.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read.</source>
        <translation>The mapping file cannot be read.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>All %1 rows can be imported.</translation>
    </message>
    <message>
        <source>Imported %1 documents.</source>
        <translation>Imported %1 documents.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and try again.</source>
        <translation>Nothing was imported: correct the rows above and try again.</translation>
    </message>
    <message>
        <source>Name the file to write with --csv FILE, --xlsx FILE or --ods FILE.</source>
        <translation>Name the file to write with --csv FILE, --xlsx FILE or --ods FILE.</translation>
    </message>
    <message>
        <source>Name a readable spreadsheet file: import %1 FILE.xlsx.</source>
        <translation>Name a readable spreadsheet file: import %1 FILE.xlsx.</translation>
    </message>
    <message>
        <source>No column is mapped to: %1. Give a mapping with --mapping FILE.json.</source>
        <translation>No column is mapped to: %1. Give a mapping with --mapping FILE.json.</translation>
    </message>
    <message>
        <source>Hỏa tốc hẹn giờ needs its time: --by &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Hỏa tốc hẹn giờ needs its time: --by &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add it first: term add NAME --starts DATE.</source>
        <translation>No term of the committee covers %1. Add it first: term add NAME --starts DATE.</translation>
    </message>
    <message>
        <source>Member %1 added to %2.</source>
        <translation>Member %1 added to %2.</translation>
    </message>
    <message>
        <source>--body is one of committee, standing, standing-members.</source>
        <translation>--body is one of committee, standing, standing-members.</translation>
    </message>
    <message>
        <source>--kind is one of committee, standing, standing-members, extraordinary, thematic, congress.</source>
        <translation>--kind is one of committee, standing, standing-members, extraordinary, thematic, congress.</translation>
    </message>
    <message>
        <source>Give the day and time: --date YYYY-MM-DD --time HH:MM.</source>
        <translation>Give the day and time: --date YYYY-MM-DD --time HH:MM.</translation>
    </message>
    <message>
        <source>Meeting %1: %2, %3.</source>
        <translation>Meeting %1: %2, %3.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s number: meeting %1 ID.</source>
        <translation>Give the meeting&apos;s number: meeting %1 ID.</translation>
    </message>
    <message>
        <source>Present %1 of %2 members; %3 needed to meet.</source>
        <translation>Present %1 of %2 members; %3 needed to meet.</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Attendance is one of present, absent, late.</source>
        <translation>Attendance is one of present, absent, late.</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>WARNING: not enough members present to hold the meeting.</source>
        <translation>WARNING: not enough members present to hold the meeting.</translation>
    </message>
    <message>
        <source>Guest %1 invited; the guest list needs the standing members&apos; approval.</source>
        <translation>Guest %1 invited; the guest list needs the standing members&apos; approval.</translation>
    </message>
    <message>
        <source>The agenda has no item %1.</source>
        <translation>The agenda has no item %1.</translation>
    </message>
    <message>
        <source>Say which agenda item the conclusion closes: --item N.</source>
        <translation>Say which agenda item the conclusion closes: --item N.</translation>
    </message>
    <message>
        <source>--kind is one of presentation, speech, note.</source>
        <translation>--kind is one of presentation, speech, note.</translation>
    </message>
    <message>
        <source>Written to the minutes.</source>
        <translation>Written to the minutes.</translation>
    </message>
    <message>
        <source>Vote: %1 — for %2, against %3, abstaining %4</source>
        <translation>Vote: %1 — for %2, against %3, abstaining %4</translation>
    </message>
    <message>
        <source>Write the time the meeting ended as HH:MM, for example 11:30.</source>
        <translation>Write the time the meeting ended as HH:MM, for example 11:30.</translation>
    </message>
    <message>
        <source>Name the meeting and the file: report minutes --meeting ID --pdf FILE.</source>
        <translation>Name the meeting and the file: report minutes --meeting ID --pdf FILE.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Wrote %1: the minutes in two copies, %2 pages.</source>
        <translation>Wrote %1: the minutes in two copies, %2 pages.</translation>
    </message>
    <message>
        <source>Follow-up task %1 recorded.</source>
        <translation>Follow-up task %1 recorded.</translation>
    </message>
    <message>
        <source>Name the meeting and the file: report %1 --meeting ID --pdf FILE.</source>
        <translation>Name the meeting and the file: report %1 --meeting ID --pdf FILE.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages.</source>
        <translation>Wrote %1: %2 pages.</translation>
    </message>
    <message>
        <source>Paper %1 added%2.</source>
        <translation>Paper %1 added%2.</translation>
    </message>
    <message>
        <source>; it is collected back at the end</source>
        <translation>; it is collected back at the end</translation>
    </message>
    <message>
        <source>Every recalled copy is back.</source>
        <translation>Every recalled copy is back.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <source>Password of the meeting package: </source>
        <translation>Password of the meeting package: </translation>
    </message>
    <message>
        <source>Repeat the package&apos;s password: </source>
        <translation>Repeat the package&apos;s password: </translation>
    </message>
    <message>
        <source>No package password: set VANPHONG_PACKAGE_PASSWORD, pass --package-password-file FILE, or run in a terminal.</source>
        <translation>No package password: set VANPHONG_PACKAGE_PASSWORD, pass --package-password-file FILE, or run in a terminal.</translation>
    </message>
    <message>
        <source>Name the package file: --package FILE.</source>
        <translation>Name the package file: --package FILE.</translation>
    </message>
    <message>
        <source>Say which meeting: meeting export ID --package FILE.</source>
        <translation>Say which meeting: meeting export ID --package FILE.</translation>
    </message>
    <message>
        <source>Meeting package written to %1. On the laptop, open it in VanPhong as user %2 with the package&apos;s password.</source>
        <translation>Meeting package written to %1. On the laptop, open it in VanPhong as user %2 with the package&apos;s password.</translation>
    </message>
    <message>
        <source>--keep is office or package.</source>
        <translation>--keep is office or package.</translation>
    </message>
    <message>
        <source>--choose takes the numbers of conflicts, like 2=office,5=package.</source>
        <translation>--choose takes the numbers of conflicts, like 2=office,5=package.</translation>
    </message>
    <message>
        <source>[CONFLICT] </source>
        <translation>[CONFLICT] </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: --keep office|package, or --choose N=office|package. Nothing was written.</source>
        <translation>
            <numerusform>%n conflict wait for a choice: --keep office|package, or --choose N=office|package. Nothing was written.</numerusform>
            <numerusform>%n conflicts wait for a choice: --keep office|package, or --choose N=office|package. Nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only (--dry-run); nothing was written.</source>
        <translation>Checked only (--dry-run); nothing was written.</translation>
    </message>
    <message>
        <source>The package brings no change back.</source>
        <translation>The package brings no change back.</translation>
    </message>
    <message>
        <source>Meeting %1: %2 change(s) written, %3 kept as in the office.</source>
        <translation>Meeting %1: %2 change(s) written, %3 kept as in the office.</translation>
    </message>
    <message>
        <source>meeting template add --kind KIND --title TEXT --offset DAYS [--owner TEXT]: DAYS before (-5) or after (7) the meeting.</source>
        <translation>meeting template add --kind KIND --title TEXT --offset DAYS [--owner TEXT]: DAYS before (-5) or after (7) the meeting.</translation>
    </message>
    <message>
        <source>Step %1 added to the checklist of %2.</source>
        <translation>Step %1 added to the checklist of %2.</translation>
    </message>
    <message>
        <source>--offset is a number of days: -5 before the meeting, 7 after.</source>
        <translation>--offset is a number of days: -5 before the meeting, 7 after.</translation>
    </message>
    <message>
        <source>There is no checklist step %1; see meeting template list --kind KIND.</source>
        <translation>There is no checklist step %1; see meeting template list --kind KIND.</translation>
    </message>
    <message>
        <source>meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT] | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID; KIND is committee, standing, standing-members, extraordinary, thematic or congress.</source>
        <translation>meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT] | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID; KIND is committee, standing, standing-members, extraordinary, thematic or congress.</translation>
    </message>
    <message>
        <source>Name the paper and a readable file: meeting attach ID PAPER FILE.</source>
        <translation>Name the paper and a readable file: meeting attach ID PAPER FILE.</translation>
    </message>
    <message>
        <source>Say which file and where: meeting extract ID --file N --to PATH.</source>
        <translation>Say which file and where: meeting extract ID --file N --to PATH.</translation>
    </message>
    <message>
        <source>The meeting has no agenda item %1.</source>
        <translation>The meeting has no agenda item %1.</translation>
    </message>
    <message>
        <source>--minutes is the planned time in minutes, e.g. 30.</source>
        <translation>--minutes is the planned time in minutes, e.g. 30.</translation>
    </message>
    <message>
        <source>Agenda item %1 added.</source>
        <translation>Agenda item %1 added.</translation>
    </message>
    <message>
        <source>The office chief chose your password: choose your own first with vanphong-cli passwd --db %1 --user %2</source>
        <translation>The office chief chose your password: choose your own first with vanphong-cli passwd --db %1 --user %2</translation>
    </message>
    <message>
        <source>The file has a new key: copies of its old key slots no longer open it. The recovery code is unchanged.</source>
        <translation>The file has a new key: copies of its old key slots no longer open it. The recovery code is unchanged.</translation>
    </message>
    <message>
        <source>The file keeps its key until you run: vanphong-cli rekey --db FILE</source>
        <translation>The file keeps its key until you run: vanphong-cli rekey --db FILE</translation>
    </message>
    <message>
        <source>Active again as in the backup: %1</source>
        <translation>Active again as in the backup: %1</translation>
    </message>
    <message>
        <source>Removed or disabled since the backup, and kept so: %1</source>
        <translation>Removed or disabled since the backup, and kept so: %1</translation>
    </message>
    <message>
        <source>Not active in the backup, so unable to sign in after it: %1</source>
        <translation>Not active in the backup, so unable to sign in after it: %1</translation>
    </message>
    <message>
        <source> [REFUSED: %1]</source>
        <translation> [REFUSED: %1]</translation>
    </message>
    <message>
        <source>--limit takes a number of lines, 1 or more; --all lists every line.</source>
        <translation>--limit takes a number of lines, 1 or more; --all lists every line.</translation>
    </message>
    <message>
        <source>Only the first %1 lines are listed; there are more. Use --limit N or --all.</source>
        <translation>Only the first %1 lines are listed; there are more. Use --limit N or --all.</translation>
    </message>
    <message>
        <source>Warning: this is the secret file, and this computer is connected to a network (%1). State secrets may be kept only on the office&apos;s standalone computer.</source>
        <translation>Warning: this is the secret file, and this computer is connected to a network (%1). State secrets may be kept only on the office&apos;s standalone computer.</translation>
    </message>
    <message>
        <source>--pages and --copies take a number, 0 or more.</source>
        <translation>--pages and --copies take a number, 0 or more.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 corrected.</source>
        <translation>Incoming number %1/%2 corrected.</translation>
    </message>
    <message>
        <source>--copies takes a number, 0 or more.</source>
        <translation>--copies takes a number, 0 or more.</translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation>%1 corrected.</translation>
    </message>
    <message>
        <source>Say what to do: incoming add|list|show|assign|done|reopen|edit|cancel|history.</source>
        <translation>Say what to do: incoming add|list|show|assign|done|reopen|edit|cancel|history.</translation>
    </message>
    <message>
        <source>Name the incoming document by its number, as 12 or 12/2026 (M12/2026 in the secret register).</source>
        <translation>Name the incoming document by its number, as 12 or 12/2026 (M12/2026 in the secret register).</translation>
    </message>
    <message>
        <source>Password of the transfer file: </source>
        <translation>Password of the transfer file: </translation>
    </message>
    <message>
        <source>Repeat the transfer file&apos;s password: </source>
        <translation>Repeat the transfer file&apos;s password: </translation>
    </message>
    <message>
        <source>No transfer password: set VANPHONG_TRANSFER_PASSWORD, pass --transfer-password-file FILE, or run in a terminal.</source>
        <translation>No transfer password: set VANPHONG_TRANSFER_PASSWORD, pass --transfer-password-file FILE, or run in a terminal.</translation>
    </message>
    <message>
        <source>Say what to do: transfer export --to FILE.vpchuyen, or transfer receive FILE.vpchuyen.</source>
        <translation>Say what to do: transfer export --to FILE.vpchuyen, or transfer receive FILE.vpchuyen.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines written to %3. Carry it to the standalone computer and bring it into the secret file with: transfer receive FILE.</source>
        <translation>%1 incoming and %2 outgoing lines written to %3. Carry it to the standalone computer and bring it into the secret file with: transfer receive FILE.</translation>
    </message>
    <message>
        <source>Would bring in %1 incoming and %2 outgoing lines (exported by %3); %4 are here already.</source>
        <translation>Would bring in %1 incoming and %2 outgoing lines (exported by %3); %4 are here already.</translation>
    </message>
    <message>
        <source>Brought in %1 incoming and %2 outgoing lines (exported by %3); %4 were here already.</source>
        <translation>Brought in %1 incoming and %2 outgoing lines (exported by %3); %4 were here already.</translation>
    </message>
    <message>
        <source>Fill in the excerpt of: %1</source>
        <translation>Fill in the excerpt of: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The replaced file was kept beside it as .replaced-DATE; the restored file has a new key, opened by today&apos;s passwords and recovery code (a user the backup alone knows keeps the password of then).</source>
        <translation>Restored %1 from %2. The replaced file was kept beside it as .replaced-DATE; the restored file has a new key, opened by today&apos;s passwords and recovery code (a user the backup alone knows keeps the password of then).</translation>
    </message>
    <message>
        <source>Meeting %1 has no paper %2; see meeting show %1.</source>
        <translation>Meeting %1 has no paper %2; see meeting show %1.</translation>
    </message>
    <message>
        <source>Say which list: names %1 sender|recipient|assignee.</source>
        <translation>Say which list: names %1 sender|recipient|assignee.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line(s)</numerusform>
            <numerusform>%n line(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>last %1</translation>
    </message>
    <message>
        <source>also written: %1</source>
        <translation>also written: %1</translation>
    </message>
    <message>
        <source>Give the day with --unused-since YYYY-MM-DD.</source>
        <translation>Give the day with --unused-since YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) removed from the list.</source>
        <translation>
            <numerusform>%n name(s) removed from the list.</numerusform>
            <numerusform>%n name(s) removed from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entry: names %1 %2 NAME.</source>
        <translation>Name the entry: names %1 %2 NAME.</translation>
    </message>
    <message>
        <source>Added to the list: %1</source>
        <translation>Added to the list: %1</translation>
    </message>
    <message>
        <source>Give the new spelling: names rename %1 OLD NEW.</source>
        <translation>Give the new spelling: names rename %1 OLD NEW.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now written &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is now written &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name the spelling to keep: names merge %1 FROM INTO.</source>
        <translation>Name the spelling to keep: names merge %1 FROM INTO.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; merged into &quot;%2&quot;; lines already registered keep what was written.</source>
        <translation>&quot;%1&quot; merged into &quot;%2&quot;; lines already registered keep what was written.</translation>
    </message>
    <message>
        <source>Removed from the list: %1</source>
        <translation>Removed from the list: %1</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Unknown action: %1</translation>
    </message>
    <message>
        <source>Name the group: group %1 NAME.</source>
        <translation>Name the group: group %1 NAME.</translation>
    </message>
    <message>
        <source>Give the members with --members &quot;A; B&quot;.</source>
        <translation>Give the members with --members &quot;A; B&quot;.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;: %2</source>
        <translation>Group &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>There is no group named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Group removed: %1</source>
        <translation>Group removed: %1</translation>
    </message>
    <message>
        <source>Say what to do: member add NAME | member list | member edit ID --reason TEXT.</source>
        <translation>Say what to do: member add NAME | member list | member edit ID --reason TEXT.</translation>
    </message>
    <message>
        <source>There is no member %1 in %2 (member list shows the numbers).</source>
        <translation>There is no member %1 in %2 (member list shows the numbers).</translation>
    </message>
    <message>
        <source>The mapping file is not a JSON object such as {&quot;received&quot;: &quot;Ngày nhận&quot;}.</source>
        <translation>The mapping file is not a JSON object such as {&quot;received&quot;: &quot;Ngày nhận&quot;}.</translation>
    </message>
    <message>
        <source>Column titles on line %1.</source>
        <translation>Column titles on line %1.</translation>
    </message>
    <message>
        <source>  %1: column &quot;%2&quot;</source>
        <translation>  %1: column &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Name a file to keep the new recovery code in with --recovery-file FILE, or run rekey in a terminal to confirm the code; the key was not changed.</source>
        <translation>Name a file to keep the new recovery code in with --recovery-file FILE, or run rekey in a terminal to confirm the code; the key was not changed.</translation>
    </message>
    <message>
        <source>The recovery code cannot be written to %1; the key was not changed.</source>
        <translation>The recovery code cannot be written to %1; the key was not changed.</translation>
    </message>
    <message>
        <source>New recovery code: write it down and keep it apart from the computer:</source>
        <translation>New recovery code: write it down and keep it apart from the computer:</translation>
    </message>
    <message>
        <source>Type the new recovery code again to confirm: </source>
        <translation>Type the new recovery code again to confirm: </translation>
    </message>
    <message>
        <source>The code typed does not match: the file&apos;s key was not changed, and the old recovery code still works.</source>
        <translation>The code typed does not match: the file&apos;s key was not changed, and the old recovery code still works.</translation>
    </message>
    <message>
        <source>The new recovery code is in %1; the old one no longer works.</source>
        <translation>The new recovery code is in %1; the old one no longer works.</translation>
    </message>
    <message>
        <source>The new recovery code confirmed above is in use; the old one no longer works.</source>
        <translation>The new recovery code confirmed above is in use; the old one no longer works.</translation>
    </message>
    <message>
        <source>Of these, %1 were made before entries were signed (an older version): they are chained, not signed.</source>
        <translation>Of these, %1 were made before entries were signed (an older version): they are chained, not signed.</translation>
    </message>
    <message>
        <source>%1 is an office chief and may know the recovery code: a new one is made with the new key. Name a file to keep it in with --recovery-file FILE, or run this in a terminal to confirm it. Nothing was changed.</source>
        <translation>%1 is an office chief and may know the recovery code: a new one is made with the new key. Name a file to keep it in with --recovery-file FILE, or run this in a terminal to confirm it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file has a new key and a new recovery code (the old code no longer works): copies of its old key slots no longer open it.</source>
        <translation>The file has a new key and a new recovery code (the old code no longer works): copies of its old key slots no longer open it.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Set the office profile with: vanphong-cli profile set committee-name &quot;ĐẢNG ỦY XÃ ...&quot; place &quot;...&quot; --db FILE</source>
        <translation>Set the office profile with: vanphong-cli profile set committee-name &quot;ĐẢNG ỦY XÃ ...&quot; place &quot;...&quot; --db FILE</translation>
    </message>
    <message>
        <source>The file has been altered outside the application.</source>
        <translation>The file has been altered outside the application.</translation>
    </message>
    <message>
        <source>--arrived takes the time the member came in, as HH:MM.</source>
        <translation>--arrived takes the time the member came in, as HH:MM.</translation>
    </message>
    <message>
        <source>The meeting is not under way: give the time the member came in with --arrived HH:MM.</source>
        <translation>The meeting is not under way: give the time the member came in with --arrived HH:MM.</translation>
    </message>
    <message>
        <source>Wrote %1: a DRAFT of the minutes (stamped &quot;DỰ THẢO&quot;) in two copies, %2 pages; it becomes final once nothing is missing.</source>
        <translation>Wrote %1: a DRAFT of the minutes (stamped &quot;DỰ THẢO&quot;) in two copies, %2 pages; it becomes final once nothing is missing.</translation>
    </message>
    <message>
        <source>The invitations are dated %1.</source>
        <translation>The invitations are dated %1.</translation>
    </message>
    <message>
        <source>Say what to do: meeting add|list|show|checklist|attend|minutes|close|move|guest|approve-guests|decide|task|tasks|task-done|item|paper|give|return|recall|attach|files|extract|export|import|template|history|invitation-date|number.</source>
        <translation>Say what to do: meeting add|list|show|checklist|attend|minutes|close|move|guest|approve-guests|decide|task|tasks|task-done|item|paper|give|return|recall|attach|files|extract|export|import|template|history|invitation-date|number.</translation>
    </message>
    <message>
        <source>Say which paper: meeting number ID minutes|invitation.</source>
        <translation>Say which paper: meeting number ID minutes|invitation.</translation>
    </message>
    <message>
        <source>%1, dated %2, taken in the outgoing register.</source>
        <translation>%1, dated %2, taken in the outgoing register.</translation>
    </message>
    <message>
        <source>%1, dated %2: the paper already holds this number.</source>
        <translation>%1, dated %2: the paper already holds this number.</translation>
    </message>
    <message>
        <source>Say what to do: outgoing add|list|show|issue|release|edit|cancel|history|draft|attach|files|extract.</source>
        <translation>Say what to do: outgoing add|list|show|issue|release|edit|cancel|history|draft|attach|files|extract.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: check the folder exists and you may write there.</source>
        <translation>The file %1 cannot be written: check the folder exists and you may write there.</translation>
    </message>
    <message>
        <source>Name a readable file to attach: outgoing attach SYMBOL FILE.</source>
        <translation>Name a readable file to attach: outgoing attach SYMBOL FILE.</translation>
    </message>
    <message>
        <source>Say which file and where: outgoing extract SYMBOL --file ID --to PATH.</source>
        <translation>Say which file and where: outgoing extract SYMBOL --file ID --to PATH.</translation>
    </message>
    <message>
        <source>Name the draft&apos;s file, .odt or .docx: outgoing draft SYMBOL --out FILE.odt</source>
        <translation>Name the draft&apos;s file, .odt or .docx: outgoing draft SYMBOL --out FILE.odt</translation>
    </message>
    <message>
        <source>Draft written to %1 (%2 template). When it is finished: outgoing attach SYMBOL FILE.</source>
        <translation>Draft written to %1 (%2 template). When it is finished: outgoing attach SYMBOL FILE.</translation>
    </message>
    <message>
        <source>the office&apos;s</source>
        <translation>the office&apos;s</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>the default</translation>
    </message>
    <message>
        <source>Say what to do: template list|fields|export TYPE FILE|import TYPE FILE|reset TYPE [--format odt|docx].</source>
        <translation>Say what to do: template list|fields|export TYPE FILE|import TYPE FILE|reset TYPE [--format odt|docx].</translation>
    </message>
    <message>
        <source>Every type drafts from the default template.</source>
        <translation>Every type drafts from the default template.</translation>
    </message>
    <message>
        <source>Name the document type: template %1 CV ...</source>
        <translation>Name the document type: template %1 CV ...</translation>
    </message>
    <message>
        <source>--format is odt or docx.</source>
        <translation>--format is odt or docx.</translation>
    </message>
    <message>
        <source>Name the file to write, .odt or .docx: template export TYPE FILE.odt</source>
        <translation>Name the file to write, .odt or .docx: template export TYPE FILE.odt</translation>
    </message>
    <message>
        <source>Name a readable .odt or .docx file: template import TYPE FILE.</source>
        <translation>Name a readable .odt or .docx file: template import TYPE FILE.</translation>
    </message>
    <message>
        <source>The office&apos;s %1 template of %2 is imported.</source>
        <translation>The office&apos;s %1 template of %2 is imported.</translation>
    </message>
    <message>
        <source>Meeting %1 has no attendee %2; see meeting attend %1.</source>
        <translation>Meeting %1 has no attendee %2; see meeting attend %1.</translation>
    </message>
    <message>
        <source>The invitations have no date yet: they take the day they are numbered (issued).</source>
        <translation>The invitations have no date yet: they take the day they are numbered (issued).</translation>
    </message>
    <message>
        <source>Say which document: --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID.</source>
        <translation>Say which document: --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID.</translation>
    </message>
    <message>
        <source>--status is one of open, closed, handed-over, destroyed.</source>
        <translation>--status is one of open, closed, handed-over, destroyed.</translation>
    </message>
    <message>
        <source>Say which year&apos;s list: archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]].</source>
        <translation>Say which year&apos;s list: archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]].</translation>
    </message>
    <message numerus="yes">
        <source>Drafted the dossier list of %1 with %n dossier(s).</source>
        <translation>
            <numerusform>Drafted the dossier list of %1 with %n dossier.</numerusform>
            <numerusform>Drafted the dossier list of %1 with %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier list of %1 was approved by %2 on %3.</source>
        <translation>The dossier list of %1 was approved by %2 on %3.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is a draft, not yet approved.</source>
        <translation>The dossier list of %1 is a draft, not yet approved.</translation>
    </message>
    <message>
        <source>--years is a number of years, 1 or more; --permanent for a dossier kept for ever.</source>
        <translation>--years is a number of years, 1 or more; --permanent for a dossier kept for ever.</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Dossier %1/%2</translation>
    </message>
    <message>
        <source>Name the dossier by its number: archive %1 03/2026.</source>
        <translation>Name the dossier by its number: archive %1 03/2026.</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>Unknown archive action: %1</source>
        <translation>Unknown archive action: %1</translation>
    </message>
    <message>
        <source>%1	hand over by %2</source>
        <translation>%1	hand over by %2</translation>
    </message>
    <message>
        <source>Name the dossiers to hand over: archive handover 01/2026 02/2026 --received-by NAME --record NUMBER [--on DATE].</source>
        <translation>Name the dossiers to hand over: archive handover 01/2026 02/2026 --received-by NAME --record NUMBER [--on DATE].</translation>
    </message>
    <message>
        <source>Say who borrows it: --to LOGIN (a user of the file) or --to-person NAME.</source>
        <translation>Say who borrows it: --to LOGIN (a user of the file) or --to-person NAME.</translation>
    </message>
    <message>
        <source>Loan %1: dossier %2 to %3, due back on %4.</source>
        <translation>Loan %1: dossier %2 to %3, due back on %4.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s date with --date YYYY-MM-DD.</source>
        <translation>Give the decision&apos;s date with --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Destruction %1 decided; carry it out with: archive destroy %1 --record NUMBER --confirm NUMBER</source>
        <translation>Destruction %1 decided; carry it out with: archive destroy %1 --record NUMBER --confirm NUMBER</translation>
    </message>
    <message>
        <source>%1	kept until %2</source>
        <translation>%1	kept until %2</translation>
    </message>
    <message>
        <source>Name the destruction decided: archive destroy ID --record NUMBER --confirm NUMBER [--on DATE].</source>
        <translation>Name the destruction decided: archive destroy ID --record NUMBER --confirm NUMBER [--on DATE].</translation>
    </message>
    <message>
        <source>Name the hand-over record: report handover --record NUMBER --pdf FILE.</source>
        <translation>Name the hand-over record: report handover --record NUMBER --pdf FILE.</translation>
    </message>
    <message>
        <source>Name the dossier: report dossier-contents 03/2026 --pdf FILE.</source>
        <translation>Name the dossier: report dossier-contents 03/2026 --pdf FILE.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 lines on %3 pages.</source>
        <translation>Wrote %1: %2 lines on %3 pages.</translation>
    </message>
    <message>
        <source>Unknown archive paper: %1</source>
        <translation>Unknown archive paper: %1</translation>
    </message>
    <message>
        <source>Say which year: report %1 --year YYYY --pdf FILE.</source>
        <translation>Say which year: report %1 --year YYYY --pdf FILE.</translation>
    </message>
    <message>
        <source>Name the dossiers, or a year for all of its covers: report dossier-cover 03/2026... | --year YYYY --pdf FILE.</source>
        <translation>Name the dossiers, or a year for all of its covers: report dossier-cover 03/2026... | --year YYYY --pdf FILE.</translation>
    </message>
    <message>
        <source>Say what to do: archive plan|add|list|show|files|extract|file|unfile|unfiled|close|handover|due|lend|return|loans|review|destroy|retention.</source>
        <translation>Say what to do: archive plan|add|list|show|files|extract|file|unfile|unfiled|close|handover|due|lend|return|loans|review|destroy|retention.</translation>
    </message>
    <message>
        <source>Say which file and where: archive extract N/YEAR --file ID --to PATH.</source>
        <translation>Say which file and where: archive extract N/YEAR --file ID --to PATH.</translation>
    </message>
    <message>
        <source>%1	hand over by %2 (late)</source>
        <translation>%1	hand over by %2 (late)</translation>
    </message>
    <message>
        <source>filed in %1</source>
        <translation>filed in %1</translation>
    </message>
    <message>
        <source>The retention table has no row %1.</source>
        <translation>The retention table has no row %1.</translation>
    </message>
    <message>
        <source>--years takes a number of years, or vinh-vien for permanent.</source>
        <translation>--years takes a number of years, or vinh-vien for permanent.</translation>
    </message>
    <message>
        <source>A new row of the retention table needs --name and --years.</source>
        <translation>A new row of the retention table needs --name and --years.</translation>
    </message>
    <message>
        <source>--year is a year in four digits, for example %1.</source>
        <translation>--year is a year in four digits, for example %1.</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 does not take %2.</translation>
    </message>
    <message>
        <source>A dossier&apos;s retention is given once: --retention CODE from the table, --years N or --permanent.</source>
        <translation>A dossier&apos;s retention is given once: --retention CODE from the table, --years N or --permanent.</translation>
    </message>
    <message>
        <source>Give the index&apos;s years either as --year YYYY or as --from YYYY --to YYYY.</source>
        <translation>Give the index&apos;s years either as --year YYYY or as --from YYYY --to YYYY.</translation>
    </message>
    <message>
        <source>Every document of %1 is in a dossier.</source>
        <translation>Every document of %1 is in a dossier.</translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>No loan is overdue.</translation>
    </message>
    <message>
        <source>No dossier has been lent.</source>
        <translation>No dossier has been lent.</translation>
    </message>
    <message>
        <source>No closed dossier is due to the archive within 30 days.</source>
        <translation>No closed dossier is due to the archive within 30 days.</translation>
    </message>
    <message>
        <source>No dossier&apos;s retention has run out.</source>
        <translation>No dossier&apos;s retention has run out.</translation>
    </message>
    <message>
        <source>Say what to do: asset add|list|show|edit|move|repair|status|upgrade|revalue|dispose|lose|transfer|depreciate|lock|years|categories|rules.</source>
        <translation>Say what to do: asset add|list|show|edit|move|repair|status|upgrade|revalue|dispose|lose|transfer|depreciate|lock|years|categories|rules.</translation>
    </message>
    <message>
        <source>Unknown asset action: %1</source>
        <translation>Unknown asset action: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number of đồng, such as 12.500.000 or 12500000.</source>
        <translation>--%1 is a whole number of đồng, such as 12.500.000 or 12500000.</translation>
    </message>
    <message>
        <source>--%1 is a whole number.</source>
        <translation>--%1 is a whole number.</translation>
    </message>
    <message>
        <source>--rate is a yearly percentage such as 20 or 6,67.</source>
        <translation>--rate is a yearly percentage such as 20 or 6,67.</translation>
    </message>
    <message>
        <source>--on is a date written YYYY-MM-DD.</source>
        <translation>--on is a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--book is tscd (fixed assets) or ccdc (tools).</source>
        <translation>--book is tscd (fixed assets) or ccdc (tools).</translation>
    </message>
    <message>
        <source>--status is one of in-use, under-repair, idle, transferred, disposed, lost.</source>
        <translation>--status is one of in-use, under-repair, idle, transferred, disposed, lost.</translation>
    </message>
    <message>
        <source>Say which year: asset depreciate --year YYYY [--dry-run].</source>
        <translation>Say which year: asset depreciate --year YYYY [--dry-run].</translation>
    </message>
    <message numerus="yes">
        <source>Depreciation of %1 (not saved): %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Depreciation of %1 (not saved): %2 đồng over %n item(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Depreciation of %1: %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Depreciation of %1: %2 đồng over %n item(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Years computed: %1.</source>
        <translation>Years computed: %1.</translation>
    </message>
    <message>
        <source>Say which year and who signed its table: asset lock --year YYYY --signed-by NAME [--on DATE].</source>
        <translation>Say which year and who signed its table: asset lock --year YYYY --signed-by NAME [--on DATE].</translation>
    </message>
    <message>
        <source>locked, signed by %1 on %2</source>
        <translation>locked, signed by %1 on %2</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>not locked</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>computed %1</translation>
    </message>
    <message>
        <source>No year has been computed.</source>
        <translation>No year has been computed.</translation>
    </message>
    <message>
        <source>--in-year is 31-12 (whole years for what is held on 31 December) or thang (by months in use).</source>
        <translation>--in-year is 31-12 (whole years for what is held on 31 December) or thang (by months in use).</translation>
    </message>
    <message numerus="yes">
        <source>A fixed asset: from %1 đồng and %n year(s) of use.</source>
        <translation>
            <numerusform>A fixed asset: from %1 đồng and %n year(s) of use.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An item needs --name, --category, --cost and --acquired: asset add --name TEXT --category CODE --cost 12.500.000 --acquired YYYY-MM-DD.</source>
        <translation>An item needs --name, --category, --cost and --acquired: asset add --name TEXT --category CODE --cost 12.500.000 --acquired YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--acquired is a date written YYYY-MM-DD.</source>
        <translation>--acquired is a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--funding is ngan-sach (state budget) or khac (other sources).</source>
        <translation>--funding is ngan-sach (state budget) or khac (other sources).</translation>
    </message>
    <message>
        <source>Entered %1 in the %2 book.</source>
        <translation>Entered %1 in the %2 book.</translation>
    </message>
    <message>
        <source>Name the item by its code: asset %1 CODE ...</source>
        <translation>Name the item by its code: asset %1 CODE ...</translation>
    </message>
    <message>
        <source>Give the repair&apos;s cost: asset repair CODE --cost AMOUNT --what TEXT.</source>
        <translation>Give the repair&apos;s cost: asset repair CODE --cost AMOUNT --what TEXT.</translation>
    </message>
    <message>
        <source>Say the status: asset status CODE in-use|under-repair|idle.</source>
        <translation>Say the status: asset status CODE in-use|under-repair|idle.</translation>
    </message>
    <message>
        <source>Give the cost the upgrade added: asset upgrade CODE --cost AMOUNT --document TEXT [--years N].</source>
        <translation>Give the cost the upgrade added: asset upgrade CODE --cost AMOUNT --document TEXT [--years N].</translation>
    </message>
    <message>
        <source>Give the new cost: asset revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N].</source>
        <translation>Give the new cost: asset revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N].</translation>
    </message>
    <message>
        <source>The table of asset categories has no row %1.</source>
        <translation>The table of asset categories has no row %1.</translation>
    </message>
    <message>
        <source>--checked is yes (compared with the Thông tư) or no.</source>
        <translation>--checked is yes (compared with the Thông tư) or no.</translation>
    </message>
    <message>
        <source>A new category needs --name, --prefix, --life and --rate.</source>
        <translation>A new category needs --name, --prefix, --life and --rate.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say which year: report depreciation --year YYYY --pdf FILE.</source>
        <translation>Say which year: report depreciation --year YYYY --pdf FILE.</translation>
    </message>
    <message>
        <source>Name the record: report %1 --record NUMBER --pdf FILE.</source>
        <translation>Name the record: report %1 --record NUMBER --pdf FILE.</translation>
    </message>
    <message>
        <source>Name the item: report asset-card CODE --pdf FILE.</source>
        <translation>Name the item: report asset-card CODE --pdf FILE.</translation>
    </message>
    <message>
        <source>Say which report: report incoming-register|outgoing-register|minutes|invitation|signin|programme|dossier|dossier-cover|dossier-list|archive-index|dossier-contents|box-labels|handover|lending|destruction|depreciation|asset-book|tools-book|assets-by-room|assets-by-custodian|asset-card|asset-handover|asset-disposal|inventory|inventory-reconciliation|labels.</source>
        <translation>Say which report: report incoming-register|outgoing-register|minutes|invitation|signin|programme|dossier|dossier-cover|dossier-list|archive-index|dossier-contents|box-labels|handover|lending|destruction|depreciation|asset-book|tools-book|assets-by-room|assets-by-custodian|asset-card|asset-handover|asset-disposal|inventory|inventory-reconciliation|labels.</translation>
    </message>
    <message>
        <source>Say what to do: inventory start|mark|extra|import|list|rest-missing|close.</source>
        <translation>Say what to do: inventory start|mark|extra|import|list|rest-missing|close.</translation>
    </message>
    <message>
        <source>Unknown inventory action: %1</source>
        <translation>Unknown inventory action: %1</translation>
    </message>
    <message>
        <source>--state is one of found, elsewhere, damaged, missing (and, in a list, pending, extra).</source>
        <translation>--state is one of found, elsewhere, damaged, missing (and, in a list, pending, extra).</translation>
    </message>
    <message>
        <source>Name the list of codes to import: inventory import FILE (CSV or text, a code a line).</source>
        <translation>Name the list of codes to import: inventory import FILE (CSV or text, a code a line).</translation>
    </message>
    <message numerus="yes">
        <source>Inventory of %1 started: %n item(s) to check.</source>
        <translation>
            <numerusform>Inventory of %1 started: %n item(s) to check.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the items: inventory mark CODE... [--state found|elsewhere|damaged|missing] [--room ROOM].</source>
        <translation>Name the items: inventory mark CODE... [--state found|elsewhere|damaged|missing] [--room ROOM].</translation>
    </message>
    <message>
        <source>%1 is not an item of the register in use.</source>
        <translation>%1 is not an item of the register in use.</translation>
    </message>
    <message>
        <source>An extra needs --name, --category and --cost (whole đồng).</source>
        <translation>An extra needs --name, --category and --cost (whole đồng).</translation>
    </message>
    <message>
        <source>Extra %1 added to the inventory.</source>
        <translation>Extra %1 added to the inventory.</translation>
    </message>
    <message>
        <source>Marked found: %1; already marked: %2; unknown codes: %3.</source>
        <translation>Marked found: %1; already marked: %2; unknown codes: %3.</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unknown: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked missing.</source>
        <translation>
            <numerusform>%n item(s) marked missing.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item(s): %2 found, %3 elsewhere, %4 damaged, %5 missing, %6 not checked; %7 extra(s).</source>
        <translation>%1 item(s): %2 found, %3 elsewhere, %4 damaged, %5 missing, %6 not checked; %7 extra(s).</translation>
    </message>
    <message>
        <source>Say which year: export depreciation --year YYYY --xlsx FILE.</source>
        <translation>Say which year: export depreciation --year YYYY --xlsx FILE.</translation>
    </message>
    <message>
        <source>Wrote %1 lines to %2.</source>
        <translation>Wrote %1 lines to %2.</translation>
    </message>
    <message>
        <source>Say what to import: import incoming|outgoing|assets FILE (.csv, .xlsx or .ods).</source>
        <translation>Say what to import: import incoming|outgoing|assets FILE (.csv, .xlsx or .ods).</translation>
    </message>
    <message>
        <source>Imported %1 items.</source>
        <translation>Imported %1 items.</translation>
    </message>
    <message>
        <source>already marked: %1</source>
        <translation>already marked: %1</translation>
    </message>
    <message>
        <source>Usage: vanphong-cli COMMAND --db FILE [options]

Commands:
  init --db FILE --user NAME [--full-name TEXT] [--office-name TEXT] [--organisation TEXT] [--parent-org TEXT]
       [--issuer-abbrev TEXT] [--place TEXT] [--chief TEXT] [--secret-file]
                         --office-name: the committee that issues (&quot;ĐẢNG ỦY XÃ TÂN PHÚ&quot;); --organisation:
                         the party organisation (&quot;ĐẢNG BỘ XÃ TÂN PHÚ&quot;), taken from the committee if not given
                         create an office file; prints the recovery code once. --secret-file: the file
                         for state secrets, kept on the office&apos;s standalone computer; an ordinary file
                         keeps only the register line of a Mật or higher document
  info --db FILE         facts from the file header (no password needed)
  verify --db FILE       check every page, the database and the audit log
  passwd --db FILE [--user NAME]
                         change your password (with VANPHONG_RECOVERY_CODE: set a new one)
  user list|add LOGIN --role ROLE [--full-name TEXT] [--clearance LEVEL]
       |remove LOGIN|disable LOGIN [--no-rekey] [--recovery-file CODE_FILE]|reset LOGIN --db FILE
                         removing or disabling gives the file a new key unless --no-rekey; for an
                         office chief also a new recovery code, kept as with rekey
  backup --db FILE --to BACKUP [--read-only]
                         --read-only: nothing is written to FILE, not even its log (to save the last good
                         state of a file reported damaged); list, show and export take it too
  restore --db FILE --from BACKUP [--keep-backup-users]
                         office chief only; users removed since the backup stay removed unless
                         --keep-backup-users; the backup&apos;s password: VANPHONG_BACKUP_PASSWORD
                         or --backup-password-file FILE (default: yours)
  rekey --db FILE [--recovery-file CODE_FILE]
                         new master key, every page rewritten; a new recovery code, written to CODE_FILE
                         (or shown and typed back in a terminal) before the file changes key
  profile show|set KEY VALUE [KEY VALUE...] --db FILE
                         keys: parent-organisation, committee-name (printed in bold), organisation-name,
                         issuer-abbrev, place, chief, deputies, body-committee, body-standing, body-standing-members
  term add NAME --starts DATE | term list --db FILE   the committee&apos;s terms (numbering of outgoing documents)
  incoming add --from TEXT --symbol TEXT --date DATE --type CODE --excerpt TEXT [--received DATE]
       [--secret mat|toi-mat|tuyet-mat] [--urgency khan|thuong-khan|hoa-toc|hoa-toc-hen-gio --by &quot;DATE HH:MM&quot;]
       [--deadline DATE] [--force]
  incoming list [--year Y] [--status S] [--overdue] [--limit N|--all] | show N[/YEAR] | assign N --to WHO [--direction TEXT] [--on DATE]
       [--deadline DATE] | done N | reopen N --db FILE
  incoming edit N[/YEAR] --reason TEXT [--from TEXT] [--symbol TEXT] [--date DATE] [--received DATE] [--type CODE]
       [--excerpt TEXT] [--pages N] [--copies N] [--secret LEVEL] [--urgency LEVEL] [--recall-by DATE|--no-recall]
                         corrects a line (sửa vào sổ): only what is given changes; number and year stay
  incoming cancel N[/YEAR] --reason TEXT | history N[/YEAR] --db FILE   hủy vào sổ; who changed what, when
  outgoing add --type CODE --date DATE --excerpt TEXT --signer TEXT [--capacity T/M|K/T|T/L]
       [--recipients &quot;A; B&quot;] [--secret LEVEL] [--urgency LEVEL] [--congress] [--answers N/YEAR] [--issue]
  outgoing list [--year Y] [--status S] [--limit N|--all] | show SYMBOL | issue SYMBOL | release SYMBOL --db FILE
  outgoing edit SYMBOL --reason TEXT [--date DATE] [--excerpt TEXT] [--signer TEXT] [--capacity C] [--recipients &quot;A; B&quot;]
       [--copies N] [--secret LEVEL] [--urgency LEVEL] | cancel SYMBOL --reason TEXT | history SYMBOL --db FILE
                         cancelling an issued document: office chief only
  outgoing draft SYMBOL --out FILE.odt|FILE.docx --db FILE   the draft from its type&apos;s template, the frame
                         filled in (heading, number, date, excerpt, signing block, recipients); a plain file
  outgoing attach SYMBOL FILE | files SYMBOL | extract SYMBOL --file ID --to PATH --db FILE   the finished
                         document (.odt, .docx, .pdf) and scans kept in the file
  template list | fields | export TYPE FILE.odt|.docx | import TYPE FILE | reset TYPE [--format odt|docx] --db FILE
                         the office&apos;s templates of drafts (import, reset: office chief only)
  incoming attach N FILE | files N | extract N --file ID --to PATH --db FILE   scans kept in the file
                         N: 12 or 12/2026 in the ordinary register, M12/2026 in the secret one
  transfer export --to FILE.vpchuyen --db ORDINARY   the Mật and higher lines not moved yet, to carry on
                         removable media to the standalone computer (password: VANPHONG_TRANSFER_PASSWORD)
  transfer receive FILE.vpchuyen [--dry-run] --db SECRET   brings them into the secret file, numbers kept
  names list|prune [--unused-since DATE] sender|recipient|assignee --db FILE   the lists the forms offer
  names add|remove KIND NAME | rename KIND OLD NEW | merge KIND FROM INTO --db FILE
                         merging keeps FROM as another spelling of INTO; registered lines stay as written
  group list | set NAME --members &quot;A; B&quot; [--rename NEW] | remove NAME --db FILE   recipient groups;
                         a recipient named as a group is replaced by its members in outgoing add|edit
  search TEXT --db FILE      both registers, with or without diacritics
  archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]] --db FILE
                         the year&apos;s dossier list: drafted from an earlier year&apos;s, approved (who, when)
  archive add --year Y --number N --title TEXT (--retention CODE|--years N|--permanent) [--symbol S]
       [--keeper LOGIN] [--room R] [--cabinet C] [--shelf S] [--box B] [--opened DATE] [--note TEXT]
  archive list [--year Y] [--status open|closed|handed-over|destroyed] | show N/YEAR | retention --db FILE
  archive retention [--set CODE [--name TEXT] [--years N|vinh-vien] [--source TEXT] | --remove CODE] --db FILE
  archive files N/YEAR | extract N/YEAR --file ID --to PATH --db FILE   a filed meeting&apos;s minutes and
                         invitations, kept as printed (PDF) inside the file when it was filed
  archive file N/YEAR --incoming N[/YEAR]|--outgoing SYMBOL|--meeting ID | unfile --incoming ...
       | unfiled [--year Y] | close N/YEAR --sheets N [--on DATE] --db FILE
                         a document is in one dossier at most; unfiled: what the year has left to file
  archive handover N/YEAR... --received-by NAME --record NUMBER [--on DATE] | due --db FILE
                         closed dossiers to the archive in one record; due: those whose year is nearly up
  archive lend N/YEAR (--to LOGIN|--to-person NAME) --purpose TEXT --due DATE [--approved-by LOGIN] [--on DATE]
       | return N/YEAR [--on DATE] | loans [--overdue] --db FILE   Mật and above: a cleared user, a leader&apos;s approval
  archive review [N/YEAR... --decision NUMBER --date DATE [--council TEXT]] --db FILE
                         dossiers whose retention ran out; with --decision: the council&apos;s decision recorded
  archive destroy ID --record NUMBER --confirm NUMBER [--on DATE] --db FILE   office chief; the files of their
                         documents removed from the file, the lines kept; all or nothing
  asset add --name TEXT --category CODE --cost AMOUNT --acquired DATE [--code C] [--spec TEXT] [--serial S]
       [--document TEXT] [--funding ngan-sach|khac] [--room R] [--custodian WHO] [--rate 20] [--book tscd|ccdc]
       [--opening-year Y --opening-accumulated AMOUNT] [--note TEXT] --db FILE
                         the book (fixed asset or tool) follows the thresholds (asset rules); money in whole đồng
  asset list [--book tscd|ccdc] [--status S] [--current] [--category C] [--room R] [--custodian WHO] [--search TEXT]
       | show CODE | edit CODE --reason TEXT [fields of add] --db FILE
  asset move CODE [--room R] [--custodian WHO] [--record NUMBER] | repair CODE --cost AMOUNT --what TEXT
       [--still-under-repair] | status CODE in-use|under-repair|idle | upgrade CODE --cost AMOUNT --document TEXT
       [--years N] | revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N]
       | dispose CODE --decision TEXT [--record NUMBER] [--proceeds AMOUNT] | lose CODE --record NUMBER
       | transfer CODE --to BODY --decision TEXT   each with [--on DATE] [--note TEXT] --db FILE
  asset depreciate --year YYYY [--dry-run] | lock --year YYYY --signed-by NAME [--on DATE] | years --db FILE
                         the year&apos;s depreciation of the fixed assets; a year locked once its table is signed
  asset categories [--set CODE [--name TEXT] [--prefix MT] [--group TEXT] [--life N] [--rate 20] [--source TEXT]
       [--checked yes|no] | --remove CODE] | rules [--min-cost AMOUNT] [--min-life N] [--in-year 31-12|thang] --db FILE
  inventory start --committee &quot;A; B; C&quot; [--decision TEXT] [--on DATE] | mark CODE... [--state found|elsewhere
       |damaged|missing] [--room R] [--note TEXT] | extra --name TEXT --category CODE --cost AMOUNT [--room R]
       | import FILE | list [--state S] [--id N] | rest-missing | close --record NUMBER [--decision TEXT] [--on DATE] --db FILE
                         the annual inventory: a line for each item in use; mark CODE as a scanner does (found);
                         import: a phone&apos;s list of codes; closing moves, writes off (--decision) and adds the extras
  report labels [CODE...] --pdf FILE --db FILE   the QR labels, 3 x 8 on A4 (every item in use when no code)
  report inventory | inventory-reconciliation [--id N] --pdf FILE --db FILE   the inventory record, the reconciliation
  report depreciation --year Y | asset-book | tools-book | assets-by-room | assets-by-custodian | asset-card CODE
       | asset-handover --record NUMBER | asset-disposal --record NUMBER --pdf FILE --db FILE
                         the asset papers: the year&apos;s depreciation table (dated once locked), the books, the lists
                         by room or keeper, an item&apos;s card with its history, the hand-over and disposal records
  report incoming-register|outgoing-register --from DATE --to DATE --pdf FILE [--secret-book] --db FILE
  report dossier-list --year Y | dossier-contents N/YEAR | dossier-cover N/YEAR...|--year Y | box-labels --year Y
       | archive-index [--year Y | --from Y --to Y] | handover --record NUMBER | lending | destruction [--id ID] --pdf FILE --db FILE
                         the archive&apos;s forms: the year&apos;s dossier list, a dossier&apos;s documents, covers, box labels,
                         the index of every dossier, the hand-over record and list (two copies each), the lending
                         register, the list of expired records (with --id: the decision&apos;s list and the record)
  export incoming|outgoing --csv|--xlsx|--ods FILE [--year Y] [--from DATE] [--to DATE] --db FILE
  export assets | depreciation --year Y | inventory [--id N] --csv|--xlsx|--ods FILE --db FILE   the asset register;
                         a year&apos;s depreciation table; an inventory&apos;s lines (the open one or the last)
  import incoming|outgoing|assets FILE.xlsx|.ods|.csv [--mapping FILE.json] [--dry-run] --db FILE   all rows or none;
                         assets: last year&apos;s asset book, its accumulated depreciation counted to the end of last year
  member add NAME [--position TEXT] [--standing] [--standing-member] [--on DATE] | member list [--body B] --db FILE
  member edit ID [--name TEXT] [--position TEXT] --reason TEXT --db FILE   corrects a member&apos;s entry; meetings not
                         closed yet invite the corrected name
  meeting add --kind committee|standing|standing-members|extraordinary|thematic|congress --date DATE --time HH:MM
       [--title TEXT] [--place TEXT] [--chair NAME] [--secretary NAME] [--body B] [--agenda &quot;Item 1; Item 2&quot;]
       [--secret LEVEL]     a secret meeting: its minutes and papers need that clearance
  meeting list [--from DATE] [--to DATE] | show ID | close ID [--ended HH:MM] | move ID --date DATE --time HH:MM --db FILE
  meeting item ID [N] [--title TEXT] [--presenter TEXT] [--documents &quot;A; B&quot;] [--minutes M] [--secret LEVEL] --db FILE
                         adds an agenda item, or changes item N
  meeting checklist ID [--done ITEM|--open ITEM|--skip ITEM] --db FILE   due days from the meeting day
  meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT]
       | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID --db FILE   the office&apos;s checklists
  meeting guest ID NAME [--position TEXT] | approve-guests ID --by NAME --db FILE
  meeting attend ID [ATTENDEE present|absent|late [--reason TEXT] [--arrived HH:MM]] --db FILE   prints the quorum
  report minutes --meeting ID --pdf FILE --db FILE   the minutes in two copies; what is missing is said
  report invitation|signin --meeting ID --pdf FILE --db FILE   one invitation per person; the sheet to sign
  report programme|dossier --meeting ID --pdf FILE --db FILE   the programme; the dossier&apos;s contents, what is missing said
  meeting invitation-date ID [--date DATE] --db FILE   the invitations&apos; own date, shown or set (before their number)
  meeting number ID minutes|invitation --db FILE   takes the paper&apos;s number in the outgoing register when it is issued
                         (e.g. 12-BB/ĐU, 05-GM/ĐU; minutes only when complete); every print after shows it
  meeting paper ID --title TEXT [--secret LEVEL] [--recall] [--sent DATE] | give ID PAPER [ATTENDEE]
       | return ID PAPER ATTENDEE | recall ID --db FILE   papers handed out and collected back
  meeting attach ID PAPER FILE | files ID PAPER | extract ID --file N --to PATH --db FILE   the papers&apos; files
  meeting decide ID --type CODE --excerpt TEXT [--item N] --db FILE   prints the number reserved, e.g. 03-NQ/ĐU
  meeting task ID --title TEXT [--owner NAME] [--due DATE] [--decision N] | tasks [ID] | task-done TASK --db FILE
  meeting minutes ID [--item N] [--speaker NAME --text TEXT [--kind presentation|speech|note]
       | --vote TEXT --for N --against N --abstain N | --conclusion TEXT] --db FILE
  meeting history ID --db FILE   corrections of a closed meeting&apos;s record: who, when, why, before and after
                         (after meeting close, attend/guest/minutes/item need --correction TEXT, the reason)
  meeting export ID --package FILE.vphop --db FILE   the meeting as its own encrypted file for a laptop
  meeting import --package FILE.vphop [--dry-run] [--keep office|package] [--choose N=office|package,...] --db FILE
                         merges it back; conflicts are listed and wait for a choice

Passwords: VANPHONG_PASSWORD or --password-file FILE or a prompt; new passwords:
VANPHONG_NEW_PASSWORD or --new-password-file FILE or a prompt; a package&apos;s: VANPHONG_PACKAGE_PASSWORD
or --package-password-file FILE or a prompt. --json for machine output.
Roles: admin, clerk, leader, accountant, viewer. Clearance: thuong, mat, toi-mat, tuyet-mat.
Exit codes: 0 ok, 1 usage, 2 wrong credentials, 3 not a VanPhong file or damaged, 4 other errors,
5 not allowed for your role (or choose your own password first).
</source>
        <translation>Usage: vanphong-cli COMMAND --db FILE [options]

Commands:
  init --db FILE --user NAME [--full-name TEXT] [--office-name TEXT] [--organisation TEXT] [--parent-org TEXT]
       [--issuer-abbrev TEXT] [--place TEXT] [--chief TEXT] [--secret-file]
                         --office-name: the committee that issues (&quot;ĐẢNG ỦY XÃ TÂN PHÚ&quot;); --organisation:
                         the party organisation (&quot;ĐẢNG BỘ XÃ TÂN PHÚ&quot;), taken from the committee if not given
                         create an office file; prints the recovery code once. --secret-file: the file
                         for state secrets, kept on the office&apos;s standalone computer; an ordinary file
                         keeps only the register line of a Mật or higher document
  info --db FILE         facts from the file header (no password needed)
  verify --db FILE       check every page, the database and the audit log
  passwd --db FILE [--user NAME]
                         change your password (with VANPHONG_RECOVERY_CODE: set a new one)
  user list|add LOGIN --role ROLE [--full-name TEXT] [--clearance LEVEL]
       |remove LOGIN|disable LOGIN [--no-rekey] [--recovery-file CODE_FILE]|reset LOGIN --db FILE
                         removing or disabling gives the file a new key unless --no-rekey; for an
                         office chief also a new recovery code, kept as with rekey
  backup --db FILE --to BACKUP [--read-only]
                         --read-only: nothing is written to FILE, not even its log (to save the last good
                         state of a file reported damaged); list, show and export take it too
  restore --db FILE --from BACKUP [--keep-backup-users]
                         office chief only; users removed since the backup stay removed unless
                         --keep-backup-users; the backup&apos;s password: VANPHONG_BACKUP_PASSWORD
                         or --backup-password-file FILE (default: yours)
  rekey --db FILE [--recovery-file CODE_FILE]
                         new master key, every page rewritten; a new recovery code, written to CODE_FILE
                         (or shown and typed back in a terminal) before the file changes key
  profile show|set KEY VALUE [KEY VALUE...] --db FILE
                         keys: parent-organisation, committee-name (printed in bold), organisation-name,
                         issuer-abbrev, place, chief, deputies, body-committee, body-standing, body-standing-members
  term add NAME --starts DATE | term list --db FILE   the committee&apos;s terms (numbering of outgoing documents)
  incoming add --from TEXT --symbol TEXT --date DATE --type CODE --excerpt TEXT [--received DATE]
       [--secret mat|toi-mat|tuyet-mat] [--urgency khan|thuong-khan|hoa-toc|hoa-toc-hen-gio --by &quot;DATE HH:MM&quot;]
       [--deadline DATE] [--force]
  incoming list [--year Y] [--status S] [--overdue] [--limit N|--all] | show N[/YEAR] | assign N --to WHO [--direction TEXT] [--on DATE]
       [--deadline DATE] | done N | reopen N --db FILE
  incoming edit N[/YEAR] --reason TEXT [--from TEXT] [--symbol TEXT] [--date DATE] [--received DATE] [--type CODE]
       [--excerpt TEXT] [--pages N] [--copies N] [--secret LEVEL] [--urgency LEVEL] [--recall-by DATE|--no-recall]
                         corrects a line (sửa vào sổ): only what is given changes; number and year stay
  incoming cancel N[/YEAR] --reason TEXT | history N[/YEAR] --db FILE   hủy vào sổ; who changed what, when
  outgoing add --type CODE --date DATE --excerpt TEXT --signer TEXT [--capacity T/M|K/T|T/L]
       [--recipients &quot;A; B&quot;] [--secret LEVEL] [--urgency LEVEL] [--congress] [--answers N/YEAR] [--issue]
  outgoing list [--year Y] [--status S] [--limit N|--all] | show SYMBOL | issue SYMBOL | release SYMBOL --db FILE
  outgoing edit SYMBOL --reason TEXT [--date DATE] [--excerpt TEXT] [--signer TEXT] [--capacity C] [--recipients &quot;A; B&quot;]
       [--copies N] [--secret LEVEL] [--urgency LEVEL] | cancel SYMBOL --reason TEXT | history SYMBOL --db FILE
                         cancelling an issued document: office chief only
  outgoing draft SYMBOL --out FILE.odt|FILE.docx --db FILE   the draft from its type&apos;s template, the frame
                         filled in (heading, number, date, excerpt, signing block, recipients); a plain file
  outgoing attach SYMBOL FILE | files SYMBOL | extract SYMBOL --file ID --to PATH --db FILE   the finished
                         document (.odt, .docx, .pdf) and scans kept in the file
  template list | fields | export TYPE FILE.odt|.docx | import TYPE FILE | reset TYPE [--format odt|docx] --db FILE
                         the office&apos;s templates of drafts (import, reset: office chief only)
  incoming attach N FILE | files N | extract N --file ID --to PATH --db FILE   scans kept in the file
                         N: 12 or 12/2026 in the ordinary register, M12/2026 in the secret one
  transfer export --to FILE.vpchuyen --db ORDINARY   the Mật and higher lines not moved yet, to carry on
                         removable media to the standalone computer (password: VANPHONG_TRANSFER_PASSWORD)
  transfer receive FILE.vpchuyen [--dry-run] --db SECRET   brings them into the secret file, numbers kept
  names list|prune [--unused-since DATE] sender|recipient|assignee --db FILE   the lists the forms offer
  names add|remove KIND NAME | rename KIND OLD NEW | merge KIND FROM INTO --db FILE
                         merging keeps FROM as another spelling of INTO; registered lines stay as written
  group list | set NAME --members &quot;A; B&quot; [--rename NEW] | remove NAME --db FILE   recipient groups;
                         a recipient named as a group is replaced by its members in outgoing add|edit
  search TEXT --db FILE      both registers, with or without diacritics
  archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]] --db FILE
                         the year&apos;s dossier list: drafted from an earlier year&apos;s, approved (who, when)
  archive add --year Y --number N --title TEXT (--retention CODE|--years N|--permanent) [--symbol S]
       [--keeper LOGIN] [--room R] [--cabinet C] [--shelf S] [--box B] [--opened DATE] [--note TEXT]
  archive list [--year Y] [--status open|closed|handed-over|destroyed] | show N/YEAR | retention --db FILE
  archive retention [--set CODE [--name TEXT] [--years N|vinh-vien] [--source TEXT] | --remove CODE] --db FILE
  archive files N/YEAR | extract N/YEAR --file ID --to PATH --db FILE   a filed meeting&apos;s minutes and
                         invitations, kept as printed (PDF) inside the file when it was filed
  archive file N/YEAR --incoming N[/YEAR]|--outgoing SYMBOL|--meeting ID | unfile --incoming ...
       | unfiled [--year Y] | close N/YEAR --sheets N [--on DATE] --db FILE
                         a document is in one dossier at most; unfiled: what the year has left to file
  archive handover N/YEAR... --received-by NAME --record NUMBER [--on DATE] | due --db FILE
                         closed dossiers to the archive in one record; due: those whose year is nearly up
  archive lend N/YEAR (--to LOGIN|--to-person NAME) --purpose TEXT --due DATE [--approved-by LOGIN] [--on DATE]
       | return N/YEAR [--on DATE] | loans [--overdue] --db FILE   Mật and above: a cleared user, a leader&apos;s approval
  archive review [N/YEAR... --decision NUMBER --date DATE [--council TEXT]] --db FILE
                         dossiers whose retention ran out; with --decision: the council&apos;s decision recorded
  archive destroy ID --record NUMBER --confirm NUMBER [--on DATE] --db FILE   office chief; the files of their
                         documents removed from the file, the lines kept; all or nothing
  asset add --name TEXT --category CODE --cost AMOUNT --acquired DATE [--code C] [--spec TEXT] [--serial S]
       [--document TEXT] [--funding ngan-sach|khac] [--room R] [--custodian WHO] [--rate 20] [--book tscd|ccdc]
       [--opening-year Y --opening-accumulated AMOUNT] [--note TEXT] --db FILE
                         the book (fixed asset or tool) follows the thresholds (asset rules); money in whole đồng
  asset list [--book tscd|ccdc] [--status S] [--current] [--category C] [--room R] [--custodian WHO] [--search TEXT]
       | show CODE | edit CODE --reason TEXT [fields of add] --db FILE
  asset move CODE [--room R] [--custodian WHO] [--record NUMBER] | repair CODE --cost AMOUNT --what TEXT
       [--still-under-repair] | status CODE in-use|under-repair|idle | upgrade CODE --cost AMOUNT --document TEXT
       [--years N] | revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N]
       | dispose CODE --decision TEXT [--record NUMBER] [--proceeds AMOUNT] | lose CODE --record NUMBER
       | transfer CODE --to BODY --decision TEXT   each with [--on DATE] [--note TEXT] --db FILE
  asset depreciate --year YYYY [--dry-run] | lock --year YYYY --signed-by NAME [--on DATE] | years --db FILE
                         the year&apos;s depreciation of the fixed assets; a year locked once its table is signed
  asset categories [--set CODE [--name TEXT] [--prefix MT] [--group TEXT] [--life N] [--rate 20] [--source TEXT]
       [--checked yes|no] | --remove CODE] | rules [--min-cost AMOUNT] [--min-life N] [--in-year 31-12|thang] --db FILE
  inventory start --committee &quot;A; B; C&quot; [--decision TEXT] [--on DATE] | mark CODE... [--state found|elsewhere
       |damaged|missing] [--room R] [--note TEXT] | extra --name TEXT --category CODE --cost AMOUNT [--room R]
       | import FILE | list [--state S] [--id N] | rest-missing | close --record NUMBER [--decision TEXT] [--on DATE] --db FILE
                         the annual inventory: a line for each item in use; mark CODE as a scanner does (found);
                         import: a phone&apos;s list of codes; closing moves, writes off (--decision) and adds the extras
  report labels [CODE...] --pdf FILE --db FILE   the QR labels, 3 x 8 on A4 (every item in use when no code)
  report inventory | inventory-reconciliation [--id N] --pdf FILE --db FILE   the inventory record, the reconciliation
  report depreciation --year Y | asset-book | tools-book | assets-by-room | assets-by-custodian | asset-card CODE
       | asset-handover --record NUMBER | asset-disposal --record NUMBER --pdf FILE --db FILE
                         the asset papers: the year&apos;s depreciation table (dated once locked), the books, the lists
                         by room or keeper, an item&apos;s card with its history, the hand-over and disposal records
  report incoming-register|outgoing-register --from DATE --to DATE --pdf FILE [--secret-book] --db FILE
  report dossier-list --year Y | dossier-contents N/YEAR | dossier-cover N/YEAR...|--year Y | box-labels --year Y
       | archive-index [--year Y | --from Y --to Y] | handover --record NUMBER | lending | destruction [--id ID] --pdf FILE --db FILE
                         the archive&apos;s forms: the year&apos;s dossier list, a dossier&apos;s documents, covers, box labels,
                         the index of every dossier, the hand-over record and list (two copies each), the lending
                         register, the list of expired records (with --id: the decision&apos;s list and the record)
  export incoming|outgoing --csv|--xlsx|--ods FILE [--year Y] [--from DATE] [--to DATE] --db FILE
  export assets | depreciation --year Y | inventory [--id N] --csv|--xlsx|--ods FILE --db FILE   the asset register;
                         a year&apos;s depreciation table; an inventory&apos;s lines (the open one or the last)
  import incoming|outgoing|assets FILE.xlsx|.ods|.csv [--mapping FILE.json] [--dry-run] --db FILE   all rows or none;
                         assets: last year&apos;s asset book, its accumulated depreciation counted to the end of last year
  member add NAME [--position TEXT] [--standing] [--standing-member] [--on DATE] | member list [--body B] --db FILE
  member edit ID [--name TEXT] [--position TEXT] --reason TEXT --db FILE   corrects a member&apos;s entry; meetings not
                         closed yet invite the corrected name
  meeting add --kind committee|standing|standing-members|extraordinary|thematic|congress --date DATE --time HH:MM
       [--title TEXT] [--place TEXT] [--chair NAME] [--secretary NAME] [--body B] [--agenda &quot;Item 1; Item 2&quot;]
       [--secret LEVEL]     a secret meeting: its minutes and papers need that clearance
  meeting list [--from DATE] [--to DATE] | show ID | close ID [--ended HH:MM] | move ID --date DATE --time HH:MM --db FILE
  meeting item ID [N] [--title TEXT] [--presenter TEXT] [--documents &quot;A; B&quot;] [--minutes M] [--secret LEVEL] --db FILE
                         adds an agenda item, or changes item N
  meeting checklist ID [--done ITEM|--open ITEM|--skip ITEM] --db FILE   due days from the meeting day
  meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT]
       | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID --db FILE   the office&apos;s checklists
  meeting guest ID NAME [--position TEXT] | approve-guests ID --by NAME --db FILE
  meeting attend ID [ATTENDEE present|absent|late [--reason TEXT] [--arrived HH:MM]] --db FILE   prints the quorum
  report minutes --meeting ID --pdf FILE --db FILE   the minutes in two copies; what is missing is said
  report invitation|signin --meeting ID --pdf FILE --db FILE   one invitation per person; the sheet to sign
  report programme|dossier --meeting ID --pdf FILE --db FILE   the programme; the dossier&apos;s contents, what is missing said
  meeting invitation-date ID [--date DATE] --db FILE   the invitations&apos; own date, shown or set (before their number)
  meeting number ID minutes|invitation --db FILE   takes the paper&apos;s number in the outgoing register when it is issued
                         (e.g. 12-BB/ĐU, 05-GM/ĐU; minutes only when complete); every print after shows it
  meeting paper ID --title TEXT [--secret LEVEL] [--recall] [--sent DATE] | give ID PAPER [ATTENDEE]
       | return ID PAPER ATTENDEE | recall ID --db FILE   papers handed out and collected back
  meeting attach ID PAPER FILE | files ID PAPER | extract ID --file N --to PATH --db FILE   the papers&apos; files
  meeting decide ID --type CODE --excerpt TEXT [--item N] --db FILE   prints the number reserved, e.g. 03-NQ/ĐU
  meeting task ID --title TEXT [--owner NAME] [--due DATE] [--decision N] | tasks [ID] | task-done TASK --db FILE
  meeting minutes ID [--item N] [--speaker NAME --text TEXT [--kind presentation|speech|note]
       | --vote TEXT --for N --against N --abstain N | --conclusion TEXT] --db FILE
  meeting history ID --db FILE   corrections of a closed meeting&apos;s record: who, when, why, before and after
                         (after meeting close, attend/guest/minutes/item need --correction TEXT, the reason)
  meeting export ID --package FILE.vphop --db FILE   the meeting as its own encrypted file for a laptop
  meeting import --package FILE.vphop [--dry-run] [--keep office|package] [--choose N=office|package,...] --db FILE
                         merges it back; conflicts are listed and wait for a choice

Passwords: VANPHONG_PASSWORD or --password-file FILE or a prompt; new passwords:
VANPHONG_NEW_PASSWORD or --new-password-file FILE or a prompt; a package&apos;s: VANPHONG_PACKAGE_PASSWORD
or --package-password-file FILE or a prompt. --json for machine output.
Roles: admin, clerk, leader, accountant, viewer. Clearance: thuong, mat, toi-mat, tuyet-mat.
Exit codes: 0 ok, 1 usage, 2 wrong credentials, 3 not a VanPhong file or damaged, 4 other errors,
5 not allowed for your role (or choose your own password first).
</translation>
    </message>
    <message>
        <source>Say which register: export incoming|outgoing|assets|depreciation|inventory --csv|--xlsx|--ods FILE.</source>
        <translation>Say which register: export incoming|outgoing|assets|depreciation|inventory --csv|--xlsx|--ods FILE.</translation>
    </message>
    <message>
        <source>not locked; the register changed since: compute it again</source>
        <translation>not locked; the register changed since: compute it again</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n label(s) on %2 page(s).</source>
        <translation>
            <numerusform>Wrote %1: %n label(s) on %2 page(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosedRecord</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
    <message>
        <source>The meeting is closed: its record is corrected only with a reason, which is kept in its history.</source>
        <translation>The meeting is closed: its record is corrected only with a reason, which is kept in its history.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>presence</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>arrived at</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstaining</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>guest added</source>
        <translation>guest added</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>recorder</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>The meeting&apos;s record</source>
        <translation>The meeting&apos;s record</translation>
    </message>
</context>
<context>
    <name>CommitteeMembers</name>
    <message>
        <source>A member needs a full name.</source>
        <translation>A member needs a full name.</translation>
    </message>
    <message>
        <source>Say which term (nhiệm kỳ) the member belongs to.</source>
        <translation>Say which term (nhiệm kỳ) the member belongs to.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>There is no such member.</translation>
    </message>
    <message>
        <source>Say why the member&apos;s entry is corrected; the reason is kept with it.</source>
        <translation>Say why the member&apos;s entry is corrected; the reason is kept with it.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file&apos;s journal is damaged or has been altered (record at byte %1); the file was left as it is.</source>
        <translation>The file&apos;s journal is damaged or has been altered (record at byte %1); the file was left as it is.</translation>
    </message>
    <message>
        <source>Page %1 of the file is damaged or has been altered.</source>
        <translation>Page %1 of the file is damaged or has been altered.</translation>
    </message>
    <message>
        <source>The file is in use by another program. Close it there and try again.</source>
        <translation>The file is in use by another program. Close it there and try again.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written. Choose a location you may write to.</source>
        <translation>The file or its folder cannot be written. Choose a location you may write to.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing has been changed.</source>
        <translation>The disk is full. Free some space; nothing has been changed.</translation>
    </message>
    <message>
        <source>This is not a VanPhong office file.</source>
        <translation>This is not a VanPhong office file.</translation>
    </message>
    <message>
        <source>The database inside the file is damaged (%1).</source>
        <translation>The database inside the file is damaged (%1).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>The file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>A read or write error occurred (%1).</source>
        <translation>A read or write error occurred (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file is cut short: its header is incomplete.</source>
        <translation>The file is cut short: its header is incomplete.</translation>
    </message>
    <message>
        <source>The encryption layer could not be registered with SQLite.</source>
        <translation>The encryption layer could not be registered with SQLite.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing.</source>
        <translation>The Qt SQLite driver is missing.</translation>
    </message>
    <message>
        <source>This build&apos;s SQLite cannot use VanPhong&apos;s encryption layer; the file was not opened.</source>
        <translation>This build&apos;s SQLite cannot use VanPhong&apos;s encryption layer; the file was not opened.</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>The SQLite handle is not available.</translation>
    </message>
    <message>
        <source>The file was not opened through the encryption layer; refusing to use it.</source>
        <translation>The file was not opened through the encryption layer; refusing to use it.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <source>The file header has been altered: its key slots do not match.</source>
        <translation>The file header has been altered: its key slots do not match.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>The file %1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>A user name and a password are required.</source>
        <translation>A user name and a password are required.</translation>
    </message>
    <message>
        <source>The user name is too long.</source>
        <translation>The user name is too long.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of VanPhong (schema %1; this version knows %2). Please update the application.</source>
        <translation>This file was made by a newer version of VanPhong (schema %1; this version knows %2). Please update the application.</translation>
    </message>
    <message>
        <source>Upgrading the file to schema %1 failed: %2</source>
        <translation>Upgrading the file to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>writing the file header</source>
        <translation>writing the file header</translation>
    </message>
    <message>
        <source>A recovery session has no password of its own to change.</source>
        <translation>A recovery session has no password of its own to change.</translation>
    </message>
    <message>
        <source>The new password must not be empty.</source>
        <translation>The new password must not be empty.</translation>
    </message>
    <message>
        <source>This user has no key slot in the file.</source>
        <translation>This user has no key slot in the file.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>The file has no room for another user (at most %1 key slots).</source>
        <translation>The file has no room for another user (at most %1 key slots).</translation>
    </message>
    <message>
        <source>The user %1 has no key slot.</source>
        <translation>The user %1 has no key slot.</translation>
    </message>
    <message>
        <source>The last user cannot be removed.</source>
        <translation>The last user cannot be removed.</translation>
    </message>
    <message>
        <source>The restored file could not be put in place.</source>
        <translation>The restored file could not be put in place.</translation>
    </message>
    <message>
        <source>Sealing the new key failed.</source>
        <translation>Sealing the new key failed.</translation>
    </message>
    <message>
        <source>The re-encrypted file could not replace the old one; the old key stays in use.</source>
        <translation>The re-encrypted file could not replace the old one; the old key stays in use.</translation>
    </message>
    <message>
        <source>Header copy %1 is damaged (the other copy is intact).</source>
        <translation>Header copy %1 is damaged (the other copy is intact).</translation>
    </message>
    <message>
        <source>The file ends in the middle of a page (%1 bytes too many).</source>
        <translation>The file ends in the middle of a page (%1 bytes too many).</translation>
    </message>
    <message>
        <source>The file cannot be read from page %1 on.</source>
        <translation>The file cannot be read from page %1 on.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Integrity check: %1</translation>
    </message>
    <message>
        <source>The restored file could not be written to disk.</source>
        <translation>The restored file could not be written to disk.</translation>
    </message>
    <message>
        <source>The current file could not be kept aside; nothing was restored.</source>
        <translation>The current file could not be kept aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The new key must stay open to the user who changes it.</source>
        <translation>The new key must stay open to the user who changes it.</translation>
    </message>
    <message>
        <source>The header of the file&apos;s write-ahead log (%1) is damaged, while the log holds saved changes.</source>
        <translation>The header of the file&apos;s write-ahead log (%1) is damaged, while the log holds saved changes.</translation>
    </message>
    <message>
        <source>The file&apos;s write-ahead log (%1) is damaged at frame %2, and changes saved after that frame would be lost.</source>
        <translation>The file&apos;s write-ahead log (%1) is damaged at frame %2, and changes saved after that frame would be lost.</translation>
    </message>
    <message>
        <source>The file was left as it is. Open it read-only (vanphong-cli backup --read-only) to save its last good state, and keep both files for whoever repairs it.</source>
        <translation>The file was left as it is. Open it read-only (vanphong-cli backup --read-only) to save its last good state, and keep both files for whoever repairs it.</translation>
    </message>
    <message>
        <source>The copy could not be written to disk.</source>
        <translation>The copy could not be written to disk.</translation>
    </message>
    <message>
        <source>The file&apos;s key slots are older than its contents (header change %1, the file has seen %2): an old copy of the header was put back, which may bring back a password that was reset or a user who was disabled. Ask the office chief to restore the file from a backup.</source>
        <translation>The file&apos;s key slots are older than its contents (header change %1, the file has seen %2): an old copy of the header was put back, which may bring back a password that was reset or a user who was disabled. Ask the office chief to restore the file from a backup.</translation>
    </message>
    <message>
        <source>The new signing key could not be made.</source>
        <translation>The new signing key could not be made.</translation>
    </message>
</context>
<context>
    <name>DecisionBook</name>
    <message>
        <source>Say what the decision is about (its excerpt).</source>
        <translation>Say what the decision is about (its excerpt).</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>There is no open task %1.</source>
        <translation>There is no open task %1.</translation>
    </message>
    <message>
        <source>Decisions are recorded in the office file, where their numbers are reserved in the outgoing register; record this one after the package is brought back.</source>
        <translation>Decisions are recorded in the office file, where their numbers are reserved in the outgoing register; record this one after the package is brought back.</translation>
    </message>
    <message>
        <source>(%1: not shown at your clearance)</source>
        <translation>(%1: not shown at your clearance)</translation>
    </message>
    <message>
        <source>There is no decision %1 in this meeting.</source>
        <translation>There is no decision %1 in this meeting.</translation>
    </message>
</context>
<context>
    <name>DepreciationTable</name>
    <message>
        <source>The depreciation of %1 has not been computed yet.</source>
        <translation>The depreciation of %1 has not been computed yet.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before exporting its table.</source>
        <translation>The register changed after the depreciation of %1 was computed: compute it again before exporting its table.</translation>
    </message>
</context>
<context>
    <name>DocumentMarks</name>
    <message>
        <source>(%1: its content is kept in the secret file)</source>
        <translation>(%1: its content is kept in the secret file)</translation>
    </message>
    <message>
        <source>(%1: not shown at your clearance)</source>
        <translation>(%1: not shown at your clearance)</translation>
    </message>
</context>
<context>
    <name>DocumentSymbol</name>
    <message>
        <source>The number and symbol are empty.</source>
        <translation>The number and symbol are empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in a known form (such as 07-KL/VPTW or 15/2023/TT-BTC); it is kept as typed.</source>
        <translation>&quot;%1&quot; is not in a known form (such as 07-KL/VPTW or 15/2023/TT-BTC); it is kept as typed.</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>A type&apos;s code is 1 to 12 letters or digits, e.g. &quot;NQ&quot; or &quot;QĐi&quot;.</source>
        <translation>A type&apos;s code is 1 to 12 letters or digits, e.g. &quot;NQ&quot; or &quot;QĐi&quot;.</translation>
    </message>
    <message>
        <source>A type needs a name, e.g. &quot;Nghị quyết&quot;.</source>
        <translation>A type needs a name, e.g. &quot;Nghị quyết&quot;.</translation>
    </message>
    <message>
        <source>The abbreviation &quot;%1&quot; is printed in symbols (12-NQ/ĐU): letters and digits only.</source>
        <translation>The abbreviation &quot;%1&quot; is printed in symbols (12-NQ/ĐU): letters and digits only.</translation>
    </message>
    <message>
        <source>The type %1 already exists; a code differing only in marks or case would be confused with it.</source>
        <translation>The type %1 already exists; a code differing only in marks or case would be confused with it.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>room %1</source>
        <translation>room %1</translation>
    </message>
    <message>
        <source>cabinet %1</source>
        <translation>cabinet %1</translation>
    </message>
    <message>
        <source>shelf %1</source>
        <translation>shelf %1</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>box %1</translation>
    </message>
</context>
<context>
    <name>DossierFiling</name>
    <message>
        <source>Incoming %1/%2</source>
        <translation>Incoming %1/%2</translation>
    </message>
    <message>
        <source>Meeting dossier: %1</source>
        <translation>Meeting dossier: %1</translation>
    </message>
    <message>
        <source>Dossier of the meeting &quot;%1&quot; of %2</source>
        <translation>Dossier of the meeting &quot;%1&quot; of %2</translation>
    </message>
    <message>
        <source>Only incoming and outgoing documents and meetings are filed into dossiers.</source>
        <translation>Only incoming and outgoing documents and meetings are filed into dossiers.</translation>
    </message>
    <message>
        <source>%1 was cancelled: there is no document to file.</source>
        <translation>%1 was cancelled: there is no document to file.</translation>
    </message>
    <message>
        <source>%1 is not issued yet: a document is filed once it is issued.</source>
        <translation>%1 is not issued yet: a document is filed once it is issued.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: documents are filed into open dossiers.</source>
        <translation>Dossier %1/%2 is closed: documents are filed into open dossiers.</translation>
    </message>
    <message>
        <source>%1 is already filed in dossier %2/%3 (%4).</source>
        <translation>%1 is already filed in dossier %2/%3 (%4).</translation>
    </message>
    <message>
        <source>%1 was just filed in another dossier.</source>
        <translation>%1 was just filed in another dossier.</translation>
    </message>
    <message>
        <source>This document is not filed in any dossier.</source>
        <translation>This document is not filed in any dossier.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: nothing is taken out of it.</source>
        <translation>Dossier %1/%2 is closed: nothing is taken out of it.</translation>
    </message>
    <message>
        <source>taken out of the dossier</source>
        <translation>taken out of the dossier</translation>
    </message>
    <message>
        <source>The meeting is still marked as planned: close it, its minutes done, before filing its dossier.</source>
        <translation>The meeting is still marked as planned: close it, its minutes done, before filing its dossier.</translation>
    </message>
    <message>
        <source>A meeting is filed with its minutes and invitations as printed, which this program does not make.</source>
        <translation>A meeting is filed with its minutes and invitations as printed, which this program does not make.</translation>
    </message>
    <message>
        <source>Dossier %1/%2: %3</source>
        <translation>Dossier %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 (destroyed on %2, record %3)</source>
        <translation>%1 (destroyed on %2, record %3)</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes or invitation are filed on their own in dossier %1/%2: take them out first, the meeting&apos;s dossier holds them.</source>
        <translation>The meeting&apos;s minutes or invitation are filed on their own in dossier %1/%2: take them out first, the meeting&apos;s dossier holds them.</translation>
    </message>
    <message>
        <source>%1 is a meeting&apos;s minutes or invitation, filed with its meeting in dossier %2/%3.</source>
        <translation>%1 is a meeting&apos;s minutes or invitation, filed with its meeting in dossier %2/%3.</translation>
    </message>
</context>
<context>
    <name>DossierItemFiles</name>
    <message>
        <source>The meeting is above your clearance: its papers are filed by someone cleared to it.</source>
        <translation>The meeting is above your clearance: its papers are filed by someone cleared to it.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>This meeting&apos;s papers are above your clearance.</source>
        <translation>This meeting&apos;s papers are above your clearance.</translation>
    </message>
</context>
<context>
    <name>DossierLabels</name>
    <message>
        <source>Choose the dossiers whose covers to print.</source>
        <translation>Choose the dossiers whose covers to print.</translation>
    </message>
    <message>
        <source>No dossier of %1 has a box: give each dossier its box (Edit…, place) before printing the labels.</source>
        <translation>No dossier of %1 has a box: give each dossier its box (Edit…, place) before printing the labels.</translation>
    </message>
</context>
<context>
    <name>DossierLending</name>
    <message>
        <source>Dossier %1 is lent once it is closed; an open dossier is still being made up.</source>
        <translation>Dossier %1 is lent once it is closed; an open dossier is still being made up.</translation>
    </message>
    <message>
        <source>Say who borrows the dossier and for what.</source>
        <translation>Say who borrows the dossier and for what.</translation>
    </message>
    <message>
        <source>Give the day it is lent (not one still to come) and the day it is due back, on or after it.</source>
        <translation>Give the day it is lent (not one still to come) and the day it is due back, on or after it.</translation>
    </message>
    <message>
        <source>%1 is not an active user of this file.</source>
        <translation>%1 is not an active user of this file.</translation>
    </message>
    <message>
        <source>Dossier %1 is marked %2: it is lent only to a user of this file cleared to that level.</source>
        <translation>Dossier %1 is marked %2: it is lent only to a user of this file cleared to that level.</translation>
    </message>
    <message>
        <source>%1&apos;s clearance is below dossier %2&apos;s mark (%3).</source>
        <translation>%1&apos;s clearance is below dossier %2&apos;s mark (%3).</translation>
    </message>
    <message>
        <source>Dossier %1 is marked %2: name the leader who approved the loan (a leader&apos;s or the office chief&apos;s login).</source>
        <translation>Dossier %1 is marked %2: name the leader who approved the loan (a leader&apos;s or the office chief&apos;s login).</translation>
    </message>
    <message>
        <source>Dossier %1 is out on loan already; it is lent again once it is back.</source>
        <translation>Dossier %1 is out on loan already; it is lent again once it is back.</translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation>There is no loan %1.</translation>
    </message>
    <message>
        <source>Dossier %1 came back on %2 already.</source>
        <translation>Dossier %1 came back on %2 already.</translation>
    </message>
    <message>
        <source>Give the day it came back: not before it was lent, not a day still to come.</source>
        <translation>Give the day it came back: not before it was lent, not a day still to come.</translation>
    </message>
    <message>
        <source>The dossier is not out on loan.</source>
        <translation>The dossier is not out on loan.</translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed: there is nothing to lend.</source>
        <translation>Dossier %1 was destroyed: there is nothing to lend.</translation>
    </message>
    <message>
        <source>Dossier %1 is named in a destruction decision: it is not lent.</source>
        <translation>Dossier %1 is named in a destruction decision: it is not lent.</translation>
    </message>
    <message>
        <source>Dossier %1 was closed on %2: it cannot have been lent before.</source>
        <translation>Dossier %1 was closed on %2: it cannot have been lent before.</translation>
    </message>
    <message>
        <source>The borrower does not approve his own loan of dossier %1: name another leader.</source>
        <translation>The borrower does not approve his own loan of dossier %1: name another leader.</translation>
    </message>
</context>
<context>
    <name>DossierListing</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Retention table row</source>
        <translation>Retention table row</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Lent out</translation>
    </message>
</context>
<context>
    <name>DossierRegister</name>
    <message>
        <source>There is no dossier %1.</source>
        <translation>There is no dossier %1.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has no dossier %2.</source>
        <translation>The dossier list of %1 has no dossier %2.</translation>
    </message>
    <message>
        <source>Give the dossier&apos;s number in the list.</source>
        <translation>Give the dossier&apos;s number in the list.</translation>
    </message>
    <message>
        <source>Give the dossier&apos;s title.</source>
        <translation>Give the dossier&apos;s title.</translation>
    </message>
    <message>
        <source>Give how long the dossier is kept: a row of the retention table, or permanent, or a number of years.</source>
        <translation>Give how long the dossier is kept: a row of the retention table, or permanent, or a number of years.</translation>
    </message>
    <message>
        <source>%1 is not a user of this file: the keeper is one of the office&apos;s users.</source>
        <translation>%1 is not a user of this file: the keeper is one of the office&apos;s users.</translation>
    </message>
    <message>
        <source>The dossier list of %1 already has a dossier %2.</source>
        <translation>The dossier list of %1 already has a dossier %2.</translation>
    </message>
    <message>
        <source>A dossier of %1 is opened in %1, not on %2.</source>
        <translation>A dossier of %1 is opened in %1, not on %2.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was handed over to the archive or destroyed: it no longer changes.</source>
        <translation>Dossier %1/%2 was handed over to the archive or destroyed: it no longer changes.</translation>
    </message>
    <message>
        <source>A year&apos;s dossier list is drafted from an earlier year&apos;s.</source>
        <translation>A year&apos;s dossier list is drafted from an earlier year&apos;s.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has dossiers already: it is not drafted again.</source>
        <translation>The dossier list of %1 has dossiers already: it is not drafted again.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is empty: there is nothing to draft from.</source>
        <translation>The dossier list of %1 is empty: there is nothing to draft from.</translation>
    </message>
    <message>
        <source>Say who approved the dossier list and on which day.</source>
        <translation>Say who approved the dossier list and on which day.</translation>
    </message>
    <message>
        <source>The list cannot be approved on a day still to come.</source>
        <translation>The list cannot be approved on a day still to come.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is approved at the end of %2 or in %1.</source>
        <translation>The dossier list of %1 is approved at the end of %2 or in %1.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is empty: there is nothing to approve.</source>
        <translation>The dossier list of %1 is empty: there is nothing to approve.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is not open.</source>
        <translation>Dossier %1/%2 is not open.</translation>
    </message>
    <message>
        <source>Count the dossier&apos;s sheets: a closed dossier says how many it holds.</source>
        <translation>Count the dossier&apos;s sheets: a closed dossier says how many it holds.</translation>
    </message>
    <message>
        <source>Give the day the dossier is closed.</source>
        <translation>Give the day the dossier is closed.</translation>
    </message>
    <message>
        <source>A dossier is not closed on a day still to come.</source>
        <translation>A dossier is not closed on a day still to come.</translation>
    </message>
    <message>
        <source>A dossier is closed after it was opened (%1).</source>
        <translation>A dossier is closed after it was opened (%1).</translation>
    </message>
    <message>
        <source>Name the dossier&apos;s keeper: who made it up answers for it.</source>
        <translation>Name the dossier&apos;s keeper: who made it up answers for it.</translation>
    </message>
    <message numerus="yes">
        <source>Number its %n sheet(s) in the top right corner.</source>
        <translation>
            <numerusform>Number its %n sheet in the top right corner.</numerusform>
            <numerusform>Number its %n sheets in the top right corner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the list of its documents (mục lục văn bản) and put it at the front.</source>
        <translation>Print the list of its documents (mục lục văn bản) and put it at the front.</translation>
    </message>
    <message>
        <source>Choose the dossiers to hand over.</source>
        <translation>Choose the dossiers to hand over.</translation>
    </message>
    <message>
        <source>Give the day of the hand-over; not a day still to come.</source>
        <translation>Give the day of the hand-over; not a day still to come.</translation>
    </message>
    <message>
        <source>Say who received the dossiers for the archive and the hand-over record&apos;s number.</source>
        <translation>Say who received the dossiers for the archive and the hand-over record&apos;s number.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is not closed: a dossier is handed over once its work is done.</source>
        <translation>Dossier %1/%2 is not closed: a dossier is handed over once its work is done.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was closed on %3: it is handed over after.</source>
        <translation>Dossier %1/%2 was closed on %3: it is handed over after.</translation>
    </message>
    <message>
        <source>Nothing registered is filed in it: list its paper documents by hand at the front.</source>
        <translation>Nothing registered is filed in it: list its paper documents by hand at the front.</translation>
    </message>
    <message>
        <source>Hand-over record %1 was made on %2 and signed for what it lists: give this hand-over a record of its own.</source>
        <translation>Hand-over record %1 was made on %2 and signed for what it lists: give this hand-over a record of its own.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is lent to %3: it is handed over once it is back.</source>
        <translation>Dossier %1/%2 is lent to %3: it is handed over once it is back.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed and kept %3: that is not shortened now.</source>
        <translation>Dossier %1/%2 is closed and kept %3: that is not shortened now.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are filed in it: it holds at least as many sheets.</source>
        <translation>
            <numerusform>%n document are filed in it: it holds at least as many sheets.</numerusform>
            <numerusform>%n documents are filed in it: it holds at least as many sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its latest document is dated %1: the dossier is closed on that day or later.</source>
        <translation>Its latest document is dated %1: the dossier is closed on that day or later.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is not drafted yet: a dossier belongs to this year&apos;s list or next year&apos;s (%2) at the latest.</source>
        <translation>The dossier list of %1 is not drafted yet: a dossier belongs to this year&apos;s list or next year&apos;s (%2) at the latest.</translation>
    </message>
    <message>
        <source>A dossier&apos;s number is written with digits, and letters, dots or dashes if the office&apos;s scheme uses them (05, 1.2, II-03), not &quot;%1&quot;.</source>
        <translation>A dossier&apos;s number is written with digits, and letters, dots or dashes if the office&apos;s scheme uses them (05, 1.2, II-03), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is drafted at the end of %2 at the earliest.</source>
        <translation>The dossier list of %1 is drafted at the end of %2 at the earliest.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was handed over to the archive on %3 under record %4.</source>
        <translation>Dossier %1/%2 was handed over to the archive on %3 under record %4.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was destroyed: there is nothing to hand over.</source>
        <translation>Dossier %1/%2 was destroyed: there is nothing to hand over.</translation>
    </message>
    <message>
        <source>The dossier list of %1 was approved on %2: approving it again records a later signature, the supplemented list&apos;s.</source>
        <translation>The dossier list of %1 was approved on %2: approving it again records a later signature, the supplemented list&apos;s.</translation>
    </message>
    <message>
        <source>A dossier&apos;s year is from 1945 to %1, for example %2.</source>
        <translation>A dossier&apos;s year is from 1945 to %1, for example %2.</translation>
    </message>
</context>
<context>
    <name>DraftFields</name>
    <message>
        <source>the body one level up, in capitals (profile)</source>
        <translation>the body one level up, in capitals (profile)</translation>
    </message>
    <message>
        <source>the committee that issues, in capitals (profile)</source>
        <translation>the committee that issues, in capitals (profile)</translation>
    </message>
    <message>
        <source>the number and symbol, e.g. 07-CV/ĐU</source>
        <translation>the number and symbol, e.g. 07-CV/ĐU</translation>
    </message>
    <message>
        <source>the place on the date line (profile)</source>
        <translation>the place on the date line (profile)</translation>
    </message>
    <message>
        <source>the date in words, e.g. ngày 05 tháng 01 năm 2026</source>
        <translation>the date in words, e.g. ngày 05 tháng 01 năm 2026</translation>
    </message>
    <message>
        <source>the type&apos;s name in capitals, e.g. NGHỊ QUYẾT</source>
        <translation>the type&apos;s name in capitals, e.g. NGHỊ QUYẾT</translation>
    </message>
    <message>
        <source>the excerpt (a Công văn&apos;s begins with V/v)</source>
        <translation>the excerpt (a Công văn&apos;s begins with V/v)</translation>
    </message>
    <message>
        <source>the recipients a Công văn is addressed to, without the office&apos;s copy</source>
        <translation>the recipients a Công văn is addressed to, without the office&apos;s copy</translation>
    </message>
    <message>
        <source>the recipients, one a line, ending with Lưu Văn phòng</source>
        <translation>the recipients, one a line, ending with Lưu Văn phòng</translation>
    </message>
    <message>
        <source>the signing capacity, e.g. T/M BAN THƯỜNG VỤ</source>
        <translation>the signing capacity, e.g. T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>the signer&apos;s title, e.g. BÍ THƯ</source>
        <translation>the signer&apos;s title, e.g. BÍ THƯ</translation>
    </message>
    <message>
        <source>the signer&apos;s name</source>
        <translation>the signer&apos;s name</translation>
    </message>
    <message>
        <source>the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), or nothing</source>
        <translation>the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), or nothing</translation>
    </message>
    <message>
        <source>the urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), or nothing</source>
        <translation>the urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), or nothing</translation>
    </message>
    <message>
        <source>the collective that decides, as the text names it, e.g. Ban Thường vụ Đảng ủy</source>
        <translation>the collective that decides, as the text names it, e.g. Ban Thường vụ Đảng ủy</translation>
    </message>
    <message>
        <source>the collective that decides, in capitals, e.g. BAN THƯỜNG VỤ ĐẢNG ỦY</source>
        <translation>the collective that decides, in capitals, e.g. BAN THƯỜNG VỤ ĐẢNG ỦY</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>Draft from template</source>
        <translation>Draft from template</translation>
    </message>
    <message>
        <source>Write the draft?</source>
        <translation>Write the draft?</translation>
    </message>
    <message>
        <source>OpenDocument text, LibreOffice (*.odt)</source>
        <translation>OpenDocument text, LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Save the draft of %1</source>
        <translation>Save the draft of %1</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: choose a folder where you may save files.</source>
        <translation>The draft cannot be written to %1: choose a folder where you may save files.</translation>
    </message>
    <message>
        <source>No word processor opened the draft: open %1 yourself.</source>
        <translation>No word processor opened the draft: open %1 yourself.</translation>
    </message>
    <message>
        <source>When the document is finished, attach it to the line with Attach…</source>
        <translation>When the document is finished, attach it to the line with Attach…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>This is not a VanPhong office file.</source>
        <translation>This is not a VanPhong office file.</translation>
    </message>
    <message>
        <source>The file header is damaged: neither of its two copies is intact.</source>
        <translation>The file header is damaged: neither of its two copies is intact.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of VanPhong (file format %1). Please update the application.</source>
        <translation>This file was made by a newer version of VanPhong (file format %1). Please update the application.</translation>
    </message>
</context>
<context>
    <name>FileKindCheck</name>
    <message>
        <source>the secret file</source>
        <translation>the secret file</translation>
    </message>
    <message>
        <source>an ordinary file</source>
        <translation>an ordinary file</translation>
    </message>
    <message>
        <source>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 says it is %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</source>
        <translation>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 says it is %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</translation>
    </message>
    <message>
        <source>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 was written by %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</source>
        <translation>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 was written by %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>IncomingListing</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source> (secret)</source>
        <translation> (secret)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secret register</source>
        <translation>Secret register</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>IncomingRegister</name>
    <message>
        <source>The sender (issuing body) is required.</source>
        <translation>The sender (issuing body) is required.</translation>
    </message>
    <message>
        <source>The number and symbol are required.</source>
        <translation>The number and symbol are required.</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) is required.</source>
        <translation>The excerpt (trích yếu) is required.</translation>
    </message>
    <message>
        <source>The document&apos;s date is after the day it was received.</source>
        <translation>The document&apos;s date is after the day it was received.</translation>
    </message>
    <message>
        <source>&quot;Hỏa tốc hẹn giờ&quot; needs the time set.</source>
        <translation>&quot;Hỏa tốc hẹn giờ&quot; needs the time set.</translation>
    </message>
    <message>
        <source>There is no document type %1.</source>
        <translation>There is no document type %1.</translation>
    </message>
    <message>
        <source>There is no incoming document with that number.</source>
        <translation>There is no incoming document with that number.</translation>
    </message>
    <message>
        <source>There is no incoming document number %1 of %2.</source>
        <translation>There is no incoming document number %1 of %2.</translation>
    </message>
    <message>
        <source>Say to whom the document is handed.</source>
        <translation>Say to whom the document is handed.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 appears twice in the file.</source>
        <translation>Incoming number %1/%2 appears twice in the file.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is in the register already.</source>
        <translation>Incoming number %1/%2 is in the register already.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have errors.</source>
        <translation>Nothing was imported: some rows have errors.</translation>
    </message>
    <message>
        <source>The day received is missing.</source>
        <translation>The day received is missing.</translation>
    </message>
    <message>
        <source>the excerpt</source>
        <translation>the excerpt</translation>
    </message>
    <message>
        <source>the leader&apos;s direction</source>
        <translation>the leader&apos;s direction</translation>
    </message>
    <message>
        <source>Cancel a line with its reason (incoming cancel).</source>
        <translation>Cancel a line with its reason (incoming cancel).</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 was cancelled; it stays so.</source>
        <translation>Incoming number %1/%2 was cancelled; it stays so.</translation>
    </message>
    <message>
        <source>Only a done or filed document can be taken back to work.</source>
        <translation>Only a done or filed document can be taken back to work.</translation>
    </message>
    <message>
        <source>Say why the line is cancelled; the reason stays in the book with it.</source>
        <translation>Say why the line is cancelled; the reason stays in the book with it.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is marked %3, above your clearance: only someone cleared for it may change it.</source>
        <translation>Incoming number %1/%2 is marked %3, above your clearance: only someone cleared for it may change it.</translation>
    </message>
    <message>
        <source>Say why the line is corrected; the reason is kept with it.</source>
        <translation>Say why the line is corrected; the reason is kept with it.</translation>
    </message>
    <message>
        <source>The day received must stay in %1: number %2/%1 belongs to that year&apos;s register. Cancel this line and register the document again.</source>
        <translation>The day received must stay in %1: number %2/%1 belongs to that year&apos;s register. Cancel this line and register the document again.</translation>
    </message>
    <message>
        <source>Marking a line secret, or no longer secret, moves it to the other register, with other numbers: cancel this line and register the document again.</source>
        <translation>Marking a line secret, or no longer secret, moves it to the other register, with other numbers: cancel this line and register the document again.</translation>
    </message>
    <message>
        <source>You may not mark a line above your own clearance.</source>
        <translation>You may not mark a line above your own clearance.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is sealed with a key of its secrecy level that has not been given to you yet; it is given at the next sign-in of someone who holds it, such as the office chief.</source>
        <translation>Incoming number %1/%2 is sealed with a key of its secrecy level that has not been given to you yet; it is given at the next sign-in of someone who holds it, such as the office chief.</translation>
    </message>
    <message>
        <source>%1 is still to come: give the day the document was handed over.</source>
        <translation>%1 is still to come: give the day the document was handed over.</translation>
    </message>
    <message>
        <source>The document was received on %1: it cannot have been handed over on %2.</source>
        <translation>The document was received on %1: it cannot have been handed over on %2.</translation>
    </message>
</context>
<context>
    <name>InvitationDate</name>
    <message>
        <source>The invitation&apos;s date is not a valid date.</source>
        <translation>The invitation&apos;s date is not a valid date.</translation>
    </message>
    <message>
        <source>The invitation is dated %1, on or after the meeting&apos;s day (%2): it reaches nobody in time.</source>
        <translation>The invitation is dated %1, on or after the meeting&apos;s day (%2): it reaches nobody in time.</translation>
    </message>
    <message>
        <source>The invitation was issued as %1, dated %2 in the outgoing register; its date is corrected there.</source>
        <translation>The invitation was issued as %1, dated %2 in the outgoing register; its date is corrected there.</translation>
    </message>
</context>
<context>
    <name>LineHistory</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Time set</source>
        <translation>Time set</translation>
    </message>
    <message>
        <source>To be recalled by</source>
        <translation>To be recalled by</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>number reserved</source>
        <translation>number reserved</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>number given up</source>
        <translation>number given up</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Taken back to work</source>
        <translation>Taken back to work</translation>
    </message>
    <message>
        <source>Number reserved</source>
        <translation>Number reserved</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Number given up</source>
        <translation>Number given up</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sealed with its secrecy level&apos;s key</source>
        <translation>Sealed with its secrecy level&apos;s key</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>LibreOffice spreadsheet (*.ods)</source>
        <translation>LibreOffice spreadsheet (*.ods)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>%1 lines were written to %2.</source>
        <translation>%1 lines were written to %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>MarkBoxes</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation>Any mark</translation>
    </message>
    <message>
        <source>Secret (Mật and above)</source>
        <translation>Secret (Mật and above)</translation>
    </message>
    <message>
        <source>Urgent (Khẩn and above)</source>
        <translation>Urgent (Khẩn and above)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>MeetingArchiveCopies</name>
    <message>
        <source>The meeting&apos;s papers cannot be made here: this program does not lay out printed papers.</source>
        <translation>The meeting&apos;s papers cannot be made here: this program does not lay out printed papers.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are not finished (%1): a meeting is filed with its minutes as signed.</source>
        <translation>The meeting&apos;s minutes are not finished (%1): a meeting is filed with its minutes as signed.</translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be made.</source>
        <translation>The PDF of &quot;%1&quot; could not be made.</translation>
    </message>
    <message>
        <source>The minutes have no number yet: take it in the outgoing register (meeting number ID minutes) before filing the meeting.</source>
        <translation>The minutes have no number yet: take it in the outgoing register (meeting number ID minutes) before filing the meeting.</translation>
    </message>
    <message>
        <source>The invitations have no number yet: take it in the outgoing register (meeting number ID invitation) before filing the meeting.</source>
        <translation>The invitations have no number yet: take it in the outgoing register (meeting number ID invitation) before filing the meeting.</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>A meeting paper needs a title.</source>
        <translation>A meeting paper needs a title.</translation>
    </message>
    <message>
        <source>That attendee holds no copy of this paper to return.</source>
        <translation>That attendee holds no copy of this paper to return.</translation>
    </message>
</context>
<context>
    <name>MeetingDossier</name>
    <message>
        <source>nobody is invited yet</source>
        <translation>nobody is invited yet</translation>
    </message>
    <message>
        <source>the guest list is not yet approved by the standing members</source>
        <translation>the guest list is not yet approved by the standing members</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not yet marked present or absent</source>
        <translation>
            <numerusform>%n member not yet marked present or absent</numerusform>
            <numerusform>%n members not yet marked present or absent</numerusform>
        </translation>
    </message>
    <message>
        <source>the agenda is empty</source>
        <translation>the agenda is empty</translation>
    </message>
    <message>
        <source>no document is listed under the agenda or among the papers</source>
        <translation>no document is listed under the agenda or among the papers</translation>
    </message>
    <message>
        <source>no speech is recorded in the minutes</source>
        <translation>no speech is recorded in the minutes</translation>
    </message>
    <message>
        <source>no decision is recorded</source>
        <translation>no decision is recorded</translation>
    </message>
    <message>
        <source>number reserved, the document is not yet issued</source>
        <translation>number reserved, the document is not yet issued</translation>
    </message>
    <message>
        <source>named under the agenda item, not yet among the meeting&apos;s papers</source>
        <translation>named under the agenda item, not yet among the meeting&apos;s papers</translation>
    </message>
    <message>
        <source>the invitations are not yet issued (numbered in the outgoing register)</source>
        <translation>the invitations are not yet issued (numbered in the outgoing register)</translation>
    </message>
    <message>
        <source>the minutes are complete but not yet issued (numbered in the outgoing register)</source>
        <translation>the minutes are complete but not yet issued (numbered in the outgoing register)</translation>
    </message>
</context>
<context>
    <name>MeetingPackage</name>
    <message>
        <source>This file is itself a meeting package; export meetings from the office file.</source>
        <translation>This file is itself a meeting package; export meetings from the office file.</translation>
    </message>
    <message>
        <source>%1 is not a meeting package.</source>
        <translation>%1 is not a meeting package.</translation>
    </message>
    <message>
        <source>Wrong password for the meeting package.</source>
        <translation>Wrong password for the meeting package.</translation>
    </message>
    <message>
        <source>The package was written by another version of VanPhong; open it with this version on the laptop first, or update VanPhong here.</source>
        <translation>The package was written by another version of VanPhong; open it with this version on the laptop first, or update VanPhong here.</translation>
    </message>
    <message>
        <source>The package is damaged or has been altered, so it is refused: %1</source>
        <translation>The package is damaged or has been altered, so it is refused: %1</translation>
    </message>
    <message>
        <source>This is an office file, not a meeting package.</source>
        <translation>This is an office file, not a meeting package.</translation>
    </message>
    <message>
        <source>This package was not exported from this office file (or its meeting was deleted since).</source>
        <translation>This package was not exported from this office file (or its meeting was deleted since).</translation>
    </message>
    <message>
        <source>This is not the file that was exported under this package&apos;s name; it is refused.</source>
        <translation>This is not the file that was exported under this package&apos;s name; it is refused.</translation>
    </message>
    <message>
        <source>This package was already imported on %1 by %2; a package is imported only once.</source>
        <translation>This package was already imported on %1 by %2; a package is imported only once.</translation>
    </message>
    <message>
        <source>The office&apos;s copy of the exported meeting cannot be read.</source>
        <translation>The office&apos;s copy of the exported meeting cannot be read.</translation>
    </message>
    <message>
        <source>The meeting was deleted from the package; there is nothing to bring back.</source>
        <translation>The meeting was deleted from the package; there is nothing to bring back.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still wait for a choice: keep the office&apos;s value or take the laptop&apos;s.</source>
        <translation>
            <numerusform>%n conflict still wait for a choice: keep the office&apos;s value or take the laptop&apos;s.</numerusform>
            <numerusform>%n conflicts still wait for a choice: keep the office&apos;s value or take the laptop&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was already imported; a package is imported only once.</source>
        <translation>This package was already imported; a package is imported only once.</translation>
    </message>
    <message>
        <source>The meeting changed in the office file after the package was read; read the package again.</source>
        <translation>The meeting changed in the office file after the package was read; read the package again.</translation>
    </message>
    <message>
        <source>%1 change(s) written, %2 kept as in the office</source>
        <translation>%1 change(s) written, %2 kept as in the office</translation>
    </message>
    <message>
        <source>A row of the package went missing while it was merged.</source>
        <translation>A row of the package went missing while it was merged.</translation>
    </message>
    <message>
        <source>This meeting holds parts marked above your clearance; only someone cleared for them may take it to a laptop.</source>
        <translation>This meeting holds parts marked above your clearance; only someone cleared for them may take it to a laptop.</translation>
    </message>
    <message>
        <source>This meeting holds parts marked above your clearance; only someone cleared for them may bring its package back.</source>
        <translation>This meeting holds parts marked above your clearance; only someone cleared for them may bring its package back.</translation>
    </message>
</context>
<context>
    <name>MeetingSeals</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
</context>
<context>
    <name>MeetingSecrecy</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
    <message>
        <source>This is marked %1: above your clearance.</source>
        <translation>This is marked %1: above your clearance.</translation>
    </message>
    <message>
        <source>There is no such agenda item.</source>
        <translation>There is no such agenda item.</translation>
    </message>
    <message>
        <source>It already holds minutes, conclusions or papers&apos; files, which this ordinary file may not keep at %1: they belong to the secret file, on the office&apos;s standalone computer.</source>
        <translation>It already holds minutes, conclusions or papers&apos; files, which this ordinary file may not keep at %1: they belong to the secret file, on the office&apos;s standalone computer.</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Say when the meeting starts.</source>
        <translation>Say when the meeting starts.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add the term (nhiệm kỳ) in the office profile first.</source>
        <translation>No term of the committee covers %1. Add the term (nhiệm kỳ) in the office profile first.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>An agenda item needs a title.</translation>
    </message>
    <message>
        <source>There is no such checklist item.</source>
        <translation>There is no such checklist item.</translation>
    </message>
    <message>
        <source>Say who of the standing members approved the guest list.</source>
        <translation>Say who of the standing members approved the guest list.</translation>
    </message>
    <message>
        <source>The planned time is in minutes, from 0 to a day.</source>
        <translation>The planned time is in minutes, from 0 to a day.</translation>
    </message>
    <message>
        <source>There is no such agenda item.</source>
        <translation>There is no such agenda item.</translation>
    </message>
    <message>
        <source>You may not mark a meeting above your own clearance.</source>
        <translation>You may not mark a meeting above your own clearance.</translation>
    </message>
    <message>
        <source>You may not mark an agenda item above your own clearance.</source>
        <translation>You may not mark an agenda item above your own clearance.</translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>the conclusion</translation>
    </message>
    <message>
        <source>The meeting is closed already.</source>
        <translation>The meeting is closed already.</translation>
    </message>
    <message>
        <source>The meeting began at %1: it cannot end at %2.</source>
        <translation>The meeting began at %1: it cannot end at %2.</translation>
    </message>
</context>
<context>
    <name>MinutesBook</name>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>Votes cannot be negative.</translation>
    </message>
    <message>
        <source>%1 votes were counted, but the body has %2 members.</source>
        <translation>%1 votes were counted, but the body has %2 members.</translation>
    </message>
    <message>
        <source>This entry of the minutes no longer exists.</source>
        <translation>This entry of the minutes no longer exists.</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <source>%1 votes were counted, but only %2 members are present.</source>
        <translation>%1 votes were counted, but only %2 members are present.</translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>The place of the meeting is missing.</source>
        <translation>The place of the meeting is missing.</translation>
    </message>
    <message>
        <source>The chair is missing.</source>
        <translation>The chair is missing.</translation>
    </message>
    <message>
        <source>The recorder (thư ký) is missing.</source>
        <translation>The recorder (thư ký) is missing.</translation>
    </message>
    <message numerus="yes">
        <source>The attendance of %n member(s) is not recorded.</source>
        <translation>
            <numerusform>The attendance of %n member is not recorded.</numerusform>
            <numerusform>The attendance of %n members is not recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 members are recorded present; %3 are needed to hold the meeting.</source>
        <translation>Only %1 of %2 members are recorded present; %3 are needed to hold the meeting.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no conclusion by the chair.</source>
        <translation>Item %1 (%2) has no conclusion by the chair.</translation>
    </message>
    <message>
        <source>The time the meeting ended is missing.</source>
        <translation>The time the meeting ended is missing.</translation>
    </message>
    <message>
        <source>%1 is marked late, but the time of arrival is not recorded.</source>
        <translation>%1 is marked late, but the time of arrival is not recorded.</translation>
    </message>
    <message>
        <source>%1 is recorded as arriving at %2, outside the meeting: correct the time of arrival.</source>
        <translation>%1 is recorded as arriving at %2, outside the meeting: correct the time of arrival.</translation>
    </message>
    <message>
        <source>Whether the invited guest(s) %1 came is not recorded.</source>
        <translation>Whether the invited guest(s) %1 came is not recorded.</translation>
    </message>
</context>
<context>
    <name>NameDirectory</name>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (group)</translation>
    </message>
    <message>
        <source>This name is no longer in the list.</source>
        <translation>This name is no longer in the list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list.</source>
        <translation>&quot;%1&quot; is not in the list.</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Type the name.</translation>
    </message>
    <message>
        <source>&quot;Lưu Văn phòng&quot; ends every list of recipients by itself.</source>
        <translation>&quot;Lưu Văn phòng&quot; ends every list of recipients by itself.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list already, as &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is in the list already, as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list already: merge the two names instead.</source>
        <translation>&quot;%1&quot; is in the list already: merge the two names instead.</translation>
    </message>
    <message>
        <source>Choose two different names to merge.</source>
        <translation>Choose two different names to merge.</translation>
    </message>
    <message>
        <source>Only names of the same list can be merged.</source>
        <translation>Only names of the same list can be merged.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>A group cannot be one of its own members.</source>
        <translation>A group cannot be one of its own members.</translation>
    </message>
    <message>
        <source>Name at least one member of the group, one per line.</source>
        <translation>Name at least one member of the group, one per line.</translation>
    </message>
    <message>
        <source>There is a group named &quot;%1&quot; already.</source>
        <translation>There is a group named &quot;%1&quot; already.</translation>
    </message>
    <message>
        <source>This group is no longer in the list.</source>
        <translation>This group is no longer in the list.</translation>
    </message>
</context>
<context>
    <name>NumberSeriesCheck</name>
    <message>
        <source>Series &quot;%1&quot; of number_series is missing, but its lines are numbered up to %2: the register would number the next line 1 again and refuse it.</source>
        <translation>Series &quot;%1&quot; of number_series is missing, but its lines are numbered up to %2: the register would number the next line 1 again and refuse it.</translation>
    </message>
    <message>
        <source>Series &quot;%1&quot; of number_series is at %2, but its lines are numbered up to %3: the register would give the next line a number already used, and refuse it. The counter was changed outside the application.</source>
        <translation>Series &quot;%1&quot; of number_series is at %2, but its lines are numbered up to %3: the register would give the next line a number already used, and refuse it. The counter was changed outside the application.</translation>
    </message>
    <message>
        <source>Series &quot;%1&quot; of number_series is at %2, but its highest line is number %3: lines numbered after %3 were removed, or the counter was changed outside the application so that numbers are skipped.</source>
        <translation>Series &quot;%1&quot; of number_series is at %2, but its highest line is number %3: lines numbered after %3 were removed, or the counter was changed outside the application so that numbers are skipped.</translation>
    </message>
</context>
<context>
    <name>OdsFormat</name>
    <message>
        <source>The sheet has more than %1 rows; it is not imported.</source>
        <translation>The sheet has more than %1 rows; it is not imported.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged: &quot;content.xml&quot; is not well-formed XML (%1).</source>
        <translation>The spreadsheet is damaged: &quot;content.xml&quot; is not well-formed XML (%1).</translation>
    </message>
</context>
<context>
    <name>OfficeProfile</name>
    <message>
        <source>Higher party organisation</source>
        <translation>Higher party organisation</translation>
    </message>
    <message>
        <source>Issuer abbreviation in symbols</source>
        <translation>Issuer abbreviation in symbols</translation>
    </message>
    <message>
        <source>Place name for the date line</source>
        <translation>Place name for the date line</translation>
    </message>
    <message>
        <source>Office chief</source>
        <translation>Office chief</translation>
    </message>
    <message>
        <source>Deputy chiefs</source>
        <translation>Deputy chiefs</translation>
    </message>
    <message>
        <source>The issuer abbreviation must be capital letters without spaces, such as ĐU.</source>
        <translation>The issuer abbreviation must be capital letters without spaces, such as ĐU.</translation>
    </message>
    <message>
        <source>The place name for the date line is required.</source>
        <translation>The place name for the date line is required.</translation>
    </message>
    <message>
        <source>Party organisation (Đảng bộ)</source>
        <translation>Party organisation (Đảng bộ)</translation>
    </message>
    <message>
        <source>Party committee, the issuing body (Đảng ủy)</source>
        <translation>Party committee, the issuing body (Đảng ủy)</translation>
    </message>
    <message>
        <source>Executive committee (as named in text)</source>
        <translation>Executive committee (as named in text)</translation>
    </message>
    <message>
        <source>Standing committee (as named in text)</source>
        <translation>Standing committee (as named in text)</translation>
    </message>
    <message>
        <source>Standing members (as named in text)</source>
        <translation>Standing members (as named in text)</translation>
    </message>
    <message>
        <source>The committee&apos;s name (committee-name) was not kept in this file; it is taken from the organisation&apos;s &quot;%1&quot; as &quot;%2&quot;. Check it and save the profile.</source>
        <translation>The committee&apos;s name (committee-name) was not kept in this file; it is taken from the organisation&apos;s &quot;%1&quot; as &quot;%2&quot;. Check it and save the profile.</translation>
    </message>
    <message>
        <source>This file kept the committee&apos;s name &quot;%1&quot; as the organisation&apos;s; the organisation is taken to be &quot;%2&quot;. Check both and save the profile.</source>
        <translation>This file kept the committee&apos;s name &quot;%1&quot; as the organisation&apos;s; the organisation is taken to be &quot;%2&quot;. Check both and save the profile.</translation>
    </message>
    <message>
        <source>The committee&apos;s name (committee-name) was not kept in this file; &quot;%1&quot; is printed until it is set.</source>
        <translation>The committee&apos;s name (committee-name) was not kept in this file; &quot;%1&quot; is printed until it is set.</translation>
    </message>
    <message>
        <source>The name of the party committee is required.</source>
        <translation>The name of the party committee is required.</translation>
    </message>
    <message>
        <source>The committee&apos;s name &quot;%1&quot; starts with &quot;ĐẢNG BỘ&quot;: documents are issued by the committee (such as &quot;%2&quot;); &quot;ĐẢNG BỘ&quot; is right only on the congress&apos;s papers.</source>
        <translation>The committee&apos;s name &quot;%1&quot; starts with &quot;ĐẢNG BỘ&quot;: documents are issued by the committee (such as &quot;%2&quot;); &quot;ĐẢNG BỘ&quot; is right only on the congress&apos;s papers.</translation>
    </message>
    <message>
        <source>Mark of the secret series in symbols</source>
        <translation>Mark of the secret series in symbols</translation>
    </message>
    <message>
        <source>The mark of the secret series must be one to four capital letters or digits, such as M.</source>
        <translation>The mark of the secret series must be one to four capital letters or digits, such as M.</translation>
    </message>
    <message>
        <source>Issuer of the congress&apos;s documents in symbols</source>
        <translation>Issuer of the congress&apos;s documents in symbols</translation>
    </message>
    <message>
        <source>The issuer of the congress&apos;s documents must be capital letters without spaces, such as ĐH, and not the committee&apos;s abbreviation: the two series would print the same symbols.</source>
        <translation>The issuer of the congress&apos;s documents must be capital letters without spaces, such as ĐH, and not the committee&apos;s abbreviation: the two series would print the same symbols.</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <source>This account is disabled. Ask the office chief.</source>
        <translation>This account is disabled. Ask the office chief.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>With the recovery code you may only set a new password.</source>
        <translation>With the recovery code you may only set a new password.</translation>
    </message>
    <message>
        <source>The office must keep at least one active office chief.</source>
        <translation>The office must keep at least one active office chief.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>A user named %1 already exists.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>You cannot remove your own account.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, but the file could not be given a new key: %2 Change the file&apos;s key (rekey) as soon as it is free, so that an old copy of the key slots does not let them in.</source>
        <translation>%1 can no longer sign in, but the file could not be given a new key: %2 Change the file&apos;s key (rekey) as soon as it is free, so that an old copy of the key slots does not let them in.</translation>
    </message>
    <message>
        <source>The file has a key slot for &quot;%1&quot;, who is not an active user: someone may have planted it. Change the file&apos;s key (rekey) to remove it.</source>
        <translation>The file has a key slot for &quot;%1&quot;, who is not an active user: someone may have planted it. Change the file&apos;s key (rekey) to remove it.</translation>
    </message>
    <message>
        <source>%1 is disabled; only the office chief can enable the account again.</source>
        <translation>%1 is disabled; only the office chief can enable the account again.</translation>
    </message>
    <message>
        <source>Choose a password different from the one you have.</source>
        <translation>Choose a password different from the one you have.</translation>
    </message>
    <message>
        <source>The new recovery code must be shown or saved before the file&apos;s key changes.</source>
        <translation>The new recovery code must be shown or saved before the file&apos;s key changes.</translation>
    </message>
    <message>
        <source>The audit log names another signing key as yours: entries in your name may have been written by someone else with a tool. Ask the office chief to check the file (it names those entries) and to reset your password, which gives you a key of your own again.</source>
        <translation>The audit log names another signing key as yours: entries in your name may have been written by someone else with a tool. Ask the office chief to check the file (it names those entries) and to reset your password, which gives you a key of your own again.</translation>
    </message>
    <message>
        <source>Your account in the file (%1, clearance %2) is not what its audit log says (%3, clearance %4%5): it was changed outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</source>
        <translation>Your account in the file (%1, clearance %2) is not what its audit log says (%3, clearance %4%5): it was changed outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, disabled</translation>
    </message>
    <message>
        <source>%1 is an office chief and may know the recovery code: a new code is made with the new key, and must be shown or saved first. Nothing was changed.</source>
        <translation>%1 is an office chief and may know the recovery code: a new code is made with the new key, and must be shown or saved first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Audit log entry %1 (%2, %3): warned at sign-in: %4</source>
        <translation>Audit log entry %1 (%2, %3): warned at sign-in: %4</translation>
    </message>
    <message>
        <source>Your account is not in the file&apos;s audit log: it was written outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</source>
        <translation>Your account is not in the file&apos;s audit log: it was written outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</translation>
    </message>
    <message>
        <source>You cannot give a clearance above your own (%1).</source>
        <translation>You cannot give a clearance above your own (%1).</translation>
    </message>
    <message>
        <source>The secrecy keys could not be shared or renewed now because the file is busy; this is done at your next sign-in.</source>
        <translation>The secrecy keys could not be shared or renewed now because the file is busy; this is done at your next sign-in.</translation>
    </message>
    <message>
        <source>Secret content written by an older version could not be sealed now (%1); this is tried again at your next sign-in.</source>
        <translation>Secret content written by an older version could not be sealed now (%1); this is tried again at your next sign-in.</translation>
    </message>
</context>
<context>
    <name>OutgoingDrafter</name>
    <message>
        <source>This document is marked %1. Its draft is an ordinary file, not encrypted: keep it on this computer only, attach the finished document to its register line and then delete the file.</source>
        <translation>This document is marked %1. Its draft is an ordinary file, not encrypted: keep it on this computer only, attach the finished document to its register line and then delete the file.</translation>
    </message>
    <message>
        <source>The document %1 is marked %2, above your clearance: it cannot be drafted by you.</source>
        <translation>The document %1 is marked %2, above your clearance: it cannot be drafted by you.</translation>
    </message>
    <message>
        <source>The number %1 was given up or cancelled: there is no document to draft.</source>
        <translation>The number %1 was given up or cancelled: there is no document to draft.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>the draft</translation>
    </message>
    <message>
        <source>The document type %1 is no longer in the office&apos;s list.</source>
        <translation>The document type %1 is no longer in the office&apos;s list.</translation>
    </message>
    <message>
        <source>The office&apos;s template of %1 is not a %2 file; import it again.</source>
        <translation>The office&apos;s template of %1 is not a %2 file; import it again.</translation>
    </message>
    <message>
        <source>The line names no signer: the signing block is left for you to fill in.</source>
        <translation>The line names no signer: the signing block is left for you to fill in.</translation>
    </message>
    <message>
        <source>The title of %1 is not known (not the office chief, nor a committee member of the term): type it in the draft under the signing capacity.</source>
        <translation>The title of %1 is not known (not the office chief, nor a committee member of the term): type it in the draft under the signing capacity.</translation>
    </message>
    <message>
        <source>The profile has no body one level up (parent-organisation): the heading starts with the committee.</source>
        <translation>The profile has no body one level up (parent-organisation): the heading starts with the committee.</translation>
    </message>
    <message>
        <source>The template&apos;s fields %1 are not VanPhong&apos;s: they were left as typed.</source>
        <translation>The template&apos;s fields %1 are not VanPhong&apos;s: they were left as typed.</translation>
    </message>
</context>
<context>
    <name>OutgoingListing</name>
    <message>
        <source>Number reserved</source>
        <translation>Number reserved</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Number released</source>
        <translation>Number released</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OutgoingRegister</name>
    <message>
        <source>The issuing body is missing: fill in the office profile.</source>
        <translation>The issuing body is missing: fill in the office profile.</translation>
    </message>
    <message>
        <source>The issuer abbreviation for the symbol is missing: fill in the office profile.</source>
        <translation>The issuer abbreviation for the symbol is missing: fill in the office profile.</translation>
    </message>
    <message>
        <source>The place name for the date line is missing: fill in the office profile.</source>
        <translation>The place name for the date line is missing: fill in the office profile.</translation>
    </message>
    <message>
        <source>The type of document is missing.</source>
        <translation>The type of document is missing.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; has no abbreviation for its symbol yet.</source>
        <translation>The type &quot;%1&quot; has no abbreviation for its symbol yet.</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>The date of the document is missing.</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) is missing.</source>
        <translation>The excerpt (trích yếu) is missing.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing.</source>
        <translation>The signer&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The signing capacity &quot;%1&quot; is not one of %2.</source>
        <translation>The signing capacity &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>The recipients (nơi nhận) are missing.</source>
        <translation>The recipients (nơi nhận) are missing.</translation>
    </message>
    <message>
        <source>The recipients must end with &quot;%1&quot;.</source>
        <translation>The recipients must end with &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The number and symbol &quot;%1&quot; are not in the Party form.</source>
        <translation>The number and symbol &quot;%1&quot; are not in the Party form.</translation>
    </message>
    <message>
        <source>There is no document type %1.</source>
        <translation>There is no document type %1.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add the term (nhiệm kỳ) and the day it started in the office profile first.</source>
        <translation>No term of the committee covers %1. Add the term (nhiệm kỳ) and the day it started in the office profile first.</translation>
    </message>
    <message>
        <source>The incoming document it answers does not exist.</source>
        <translation>The incoming document it answers does not exist.</translation>
    </message>
    <message>
        <source>%1 is %2, not %3.</source>
        <translation>%1 is %2, not %3.</translation>
    </message>
    <message>
        <source>There is no such outgoing document.</source>
        <translation>There is no such outgoing document.</translation>
    </message>
    <message>
        <source>There is no outgoing document %1.</source>
        <translation>There is no outgoing document %1.</translation>
    </message>
    <message>
        <source>The number and symbol are missing.</source>
        <translation>The number and symbol are missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number and symbol in the Party form (12-NQ/ĐU).</source>
        <translation>&quot;%1&quot; is not a number and symbol in the Party form (12-NQ/ĐU).</translation>
    </message>
    <message>
        <source>The type cannot be read from &quot;%1&quot;; give it in a column.</source>
        <translation>The type cannot be read from &quot;%1&quot;; give it in a column.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 appears twice in the file.</translation>
    </message>
    <message>
        <source>Number %1 of this series is in the register already (%2).</source>
        <translation>Number %1 of this series is in the register already (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have errors.</source>
        <translation>Nothing was imported: some rows have errors.</translation>
    </message>
    <message>
        <source>the excerpt</source>
        <translation>the excerpt</translation>
    </message>
    <message>
        <source>%1 is marked %2, above your clearance: only someone cleared for it may change it.</source>
        <translation>%1 is marked %2, above your clearance: only someone cleared for it may change it.</translation>
    </message>
    <message>
        <source>%1 was cancelled or its number given up; it stays so.</source>
        <translation>%1 was cancelled or its number given up; it stays so.</translation>
    </message>
    <message>
        <source>Say why the line is corrected; the reason is kept with it.</source>
        <translation>Say why the line is corrected; the reason is kept with it.</translation>
    </message>
    <message>
        <source>The date must stay in %1 and in the same term: the number belongs to that series. Cancel this line and register the document again.</source>
        <translation>The date must stay in %1 and in the same term: the number belongs to that series. Cancel this line and register the document again.</translation>
    </message>
    <message>
        <source>Marking a document secret, or no longer secret, moves it to the other series, with other numbers: cancel this line and register the document again.</source>
        <translation>Marking a document secret, or no longer secret, moves it to the other series, with other numbers: cancel this line and register the document again.</translation>
    </message>
    <message>
        <source>You may not mark a line above your own clearance.</source>
        <translation>You may not mark a line above your own clearance.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Say why the line is cancelled; the reason stays in the book with it.</source>
        <translation>Say why the line is cancelled; the reason stays in the book with it.</translation>
    </message>
    <message>
        <source>%1: there is no document type %2 in this file.</source>
        <translation>%1: there is no document type %2 in this file.</translation>
    </message>
    <message>
        <source>%1: no term of the committee covers %2 in this file; add the term first.</source>
        <translation>%1: no term of the committee covers %2 in this file; add the term first.</translation>
    </message>
    <message>
        <source>%1 cannot be dated %2: %3, the number before it in its series, is dated %4. Numbers are given in the order of their dates, so a later number is never dated earlier: date it %4 or later (the day the number is given).</source>
        <translation>%1 cannot be dated %2: %3, the number before it in its series, is dated %4. Numbers are given in the order of their dates, so a later number is never dated earlier: date it %4 or later (the day the number is given).</translation>
    </message>
    <message>
        <source>%1 cannot be dated %2: %3, the number after it in its series, is dated %4. A number is never dated later than the number after it: date it %4 or earlier.</source>
        <translation>%1 cannot be dated %2: %3, the number after it in its series, is dated %4. A number is never dated later than the number after it: date it %4 or earlier.</translation>
    </message>
    <message>
        <source>The document is dated %1, a day still to come: it is issued on that day; until then its number is reserved.</source>
        <translation>The document is dated %1, a day still to come: it is issued on that day; until then its number is reserved.</translation>
    </message>
</context>
<context>
    <name>PackageChange</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Meeting papers</source>
        <translation>Meeting papers</translation>
    </message>
    <message>
        <source>Copies handed out</source>
        <translation>Copies handed out</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>guests approved by</source>
        <translation>guests approved by</translation>
    </message>
    <message>
        <source>guests approved at</source>
        <translation>guests approved at</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>planned minutes</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>days from the meeting</source>
        <translation>days from the meeting</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>done at</source>
        <translation>done at</translation>
    </message>
    <message>
        <source>done by</source>
        <translation>done by</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>presence</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>arrived at</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>place in the list</translation>
    </message>
    <message>
        <source>secrecy</source>
        <translation>secrecy</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>sent on</translation>
    </message>
    <message>
        <source>given at</source>
        <translation>given at</translation>
    </message>
    <message>
        <source>returned at</source>
        <translation>returned at</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>votes for</translation>
    </message>
    <message>
        <source>votes against</source>
        <translation>votes against</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>written at</source>
        <translation>written at</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>not yet marked</source>
        <translation>not yet marked</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentation</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>speech</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(not there)</translation>
    </message>
    <message>
        <source>changed at the office</source>
        <translation>changed at the office</translation>
    </message>
    <message>
        <source>as exported</source>
        <translation>as exported</translation>
    </message>
    <message>
        <source>removed at the office</source>
        <translation>removed at the office</translation>
    </message>
    <message>
        <source>added on the laptop</source>
        <translation>added on the laptop</translation>
    </message>
    <message>
        <source>removed on the laptop</source>
        <translation>removed on the laptop</translation>
    </message>
    <message>
        <source>changed on the laptop</source>
        <translation>changed on the laptop</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invitations&apos; date</source>
        <translation>Invitations&apos; date</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>dated by</source>
        <translation>dated by</translation>
    </message>
    <message>
        <source>dated at</source>
        <translation>dated at</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>item %1: %2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, copy of %2</source>
        <translation>%1, copy of %2</translation>
    </message>
    <message>
        <source>a paper&apos;s secrecy is never lowered by a package</source>
        <translation>a paper&apos;s secrecy is never lowered by a package</translation>
    </message>
    <message>
        <source>a paper to be recalled stays so</source>
        <translation>a paper to be recalled stays so</translation>
    </message>
    <message>
        <source>a secret or recalled paper is not removed by a package</source>
        <translation>a secret or recalled paper is not removed by a package</translation>
    </message>
    <message>
        <source>who holds a copy of a secret or recalled paper is not erased by a package</source>
        <translation>who holds a copy of a secret or recalled paper is not erased by a package</translation>
    </message>
    <message>
        <source>a meeting&apos;s secrecy is never lowered by a package</source>
        <translation>a meeting&apos;s secrecy is never lowered by a package</translation>
    </message>
    <message>
        <source>the invitations</source>
        <translation>the invitations</translation>
    </message>
</context>
<context>
    <name>PaperFiles</name>
    <message>
        <source>There is no meeting paper %1.</source>
        <translation>There is no meeting paper %1.</translation>
    </message>
    <message>
        <source>This paper&apos;s files are above your clearance.</source>
        <translation>This paper&apos;s files are above your clearance.</translation>
    </message>
    <message>
        <source>Files of meeting papers are attached in the office file; this is a laptop&apos;s package.</source>
        <translation>Files of meeting papers are attached in the office file; this is a laptop&apos;s package.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>a file of the paper</source>
        <translation>a file of the paper</translation>
    </message>
</context>
<context>
    <name>PaperNumbers</name>
    <message>
        <source>Papers are numbered in the office file, in its outgoing register; number this one after the package is brought back.</source>
        <translation>Papers are numbered in the office file, in its outgoing register; number this one after the package is brought back.</translation>
    </message>
    <message>
        <source>The minutes are still a draft (DỰ THẢO) and take no number until nothing is missing:
%1</source>
        <translation>The minutes are still a draft (DỰ THẢO) and take no number until nothing is missing:
%1</translation>
    </message>
    <message>
        <source>Nobody is invited to this meeting yet: there is no invitation to number.</source>
        <translation>Nobody is invited to this meeting yet: there is no invitation to number.</translation>
    </message>
    <message>
        <source>The invitations are signed by the office chief, whose name is missing: fill it in the office profile first.</source>
        <translation>The invitations are signed by the office chief, whose name is missing: fill it in the office profile first.</translation>
    </message>
    <message>
        <source>The guest list is not yet approved by the standing members: the invitations go out after it is.</source>
        <translation>The guest list is not yet approved by the standing members: the invitations go out after it is.</translation>
    </message>
    <message>
        <source>An invitation dated %1 comes after the meeting of %2: give the invitation the day it was sent, before the meeting (the meeting&apos;s Invitations date).</source>
        <translation>An invitation dated %1 comes after the meeting of %2: give the invitation the day it was sent, before the meeting (the meeting&apos;s Invitations date).</translation>
    </message>
    <message>
        <source>The invitation is dated %1, a day still to come: it is numbered on the day it is issued, or dated today.</source>
        <translation>The invitation is dated %1, a day still to come: it is numbered on the day it is issued, or dated today.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
</context>
<context>
    <name>ProfileCrossCheck</name>
    <message>
        <source>The office profile&apos;s &quot;%1&quot; is &quot;%2&quot;, but the audit log&apos;s latest entry for the profile (%3) says &quot;%4&quot;: it was changed outside the application, or copied back from an older copy of the file.</source>
        <translation>The office profile&apos;s &quot;%1&quot; is &quot;%2&quot;, but the audit log&apos;s latest entry for the profile (%3) says &quot;%4&quot;: it was changed outside the application, or copied back from an older copy of the file.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePrinter</name>
    <message>
        <source>VANPHONG RECOVERY CODE</source>
        <translation>VANPHONG RECOVERY CODE</translation>
    </message>
    <message>
        <source>Made on %1. With this code the office chief can set a new password if it is forgotten.</source>
        <translation>Made on %1. With this code the office chief can set a new password if it is forgotten.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the computer. Anyone with it can open the office file.</source>
        <translation>Keep this sheet locked away, apart from the computer. Anyone with it can open the office file.</translation>
    </message>
    <message>
        <source>Office file: %1. Office chief&apos;s account: %2.</source>
        <translation>Office file: %1. Office chief&apos;s account: %2.</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>&quot;%1&quot; is not a date (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; is not a date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secrecy mark (Mật, Tối mật, Tuyệt mật).</source>
        <translation>&quot;%1&quot; is not a secrecy mark (Mật, Tối mật, Tuyệt mật).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).</source>
        <translation>&quot;%1&quot; is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <source>Day received</source>
        <translation>Day received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Secrecy mark</source>
        <translation>Secrecy mark</translation>
    </message>
    <message>
        <source>Urgency mark</source>
        <translation>Urgency mark</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Leader&apos;s direction</source>
        <translation>Leader&apos;s direction</translation>
    </message>
    <message>
        <source>Signing capacity</source>
        <translation>Signing capacity</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>The date of the document is missing.</translation>
    </message>
    <message>
        <source>Number (without the symbol)</source>
        <translation>Number (without the symbol)</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Book (fixed asset or tool)</source>
        <translation>Book (fixed asset or tool)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Put into use</source>
        <translation>Put into use</translation>
    </message>
    <message>
        <source>Invoice or decision</source>
        <translation>Invoice or decision</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Original cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Depreciation rate</source>
        <translation>Depreciation rate</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Accumulated depreciation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Accumulated to the end of the year</source>
        <translation>Accumulated to the end of the year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left the register on</source>
        <translation>Left the register on</translation>
    </message>
</context>
<context>
    <name>RegisterImportJob</name>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>The file has no rows under its header.</translation>
    </message>
    <message>
        <source>Choose the columns for: %1.</source>
        <translation>Choose the columns for: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows with errors and try again.</source>
        <translation>Nothing was imported: correct the rows with errors and try again.</translation>
    </message>
    <message>
        <source>The file has no register lines under its column titles (line %1).</source>
        <translation>The file has no register lines under its column titles (line %1).</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; to give a column; the fields are: %2.</source>
        <translation>There is no field &quot;%1&quot; to give a column; the fields are: %2.</translation>
    </message>
    <message>
        <source>No column is titled &quot;%1&quot; (given for %2); the titles on line %3 are: %4.</source>
        <translation>No column is titled &quot;%1&quot; (given for %2); the titles on line %3 are: %4.</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Choose the dossiers the decision destroys.</source>
        <translation>Choose the dossiers the decision destroys.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s number and date (not a day still to come).</source>
        <translation>Give the decision&apos;s number and date (not a day still to come).</translation>
    </message>
    <message>
        <source>Dossier %1 is kept permanently: it is never destroyed.</source>
        <translation>Dossier %1 is kept permanently: it is never destroyed.</translation>
    </message>
    <message>
        <source>Dossier %1 is not due for destruction: its retention has not run out, or it is not closed, or a decision already names it.</source>
        <translation>Dossier %1 is not due for destruction: its retention has not run out, or it is not closed, or a decision already names it.</translation>
    </message>
    <message>
        <source>Another decision names one of these dossiers already.</source>
        <translation>Another decision names one of these dossiers already.</translation>
    </message>
    <message>
        <source>This destruction was carried out on %1 (record %2).</source>
        <translation>This destruction was carried out on %1 (record %2).</translation>
    </message>
    <message>
        <source>Type the destruction record&apos;s number again to confirm: what is destroyed cannot be brought back.</source>
        <translation>Type the destruction record&apos;s number again to confirm: what is destroyed cannot be brought back.</translation>
    </message>
    <message>
        <source>The destruction takes place after the decision (%1), not on a day still to come.</source>
        <translation>The destruction takes place after the decision (%1), not on a day still to come.</translation>
    </message>
    <message>
        <source>There is no destruction %1.</source>
        <translation>There is no destruction %1.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is out on loan: it is destroyed once it is back.</source>
        <translation>Dossier %1/%2 is out on loan: it is destroyed once it is back.</translation>
    </message>
    <message>
        <source>Record %1 was signed on %2 for another act: give the destruction a record of its own.</source>
        <translation>Record %1 was signed on %2 for another act: give the destruction a record of its own.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>The retention table has no row %1.</source>
        <translation>The retention table has no row %1.</translation>
    </message>
    <message>
        <source>Each row of the retention table needs its own code, a name and a period of 0 (permanent) or more years.</source>
        <translation>Each row of the retention table needs its own code, a name and a period of 0 (permanent) or more years.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Office chief (administrator)</source>
        <translation>Office chief (administrator)</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Confidential (Mật)</source>
        <translation>Confidential (Mật)</translation>
    </message>
    <message>
        <source>Secret (Tối mật)</source>
        <translation>Secret (Tối mật)</translation>
    </message>
    <message>
        <source>Top secret (Tuyệt mật)</source>
        <translation>Top secret (Tuyệt mật)</translation>
    </message>
</context>
<context>
    <name>SearchIndexCheck</name>
    <message>
        <source>The search index holds an entry (rowid %1) for row &quot;%2&quot; of %3 that the row does not call for: searches would answer with words the row does not hold.</source>
        <translation>The search index holds an entry (rowid %1) for row &quot;%2&quot; of %3 that the row does not call for: searches would answer with words the row does not hold.</translation>
    </message>
    <message>
        <source>...and %1 more findings in the search index.</source>
        <translation>...and %1 more findings in the search index.</translation>
    </message>
    <message>
        <source>The search index is damaged, or was edited apart from its rows: %1</source>
        <translation>The search index is damaged, or was edited apart from its rows: %1</translation>
    </message>
    <message>
        <source>The search index&apos;s entries for row &quot;%1&quot; of %2 differ from the row: searches would answer with words it does not hold, miss words it holds, or show a secret line&apos;s hidden words to readers below its level.</source>
        <translation>The search index&apos;s entries for row &quot;%1&quot; of %2 differ from the row: searches would answer with words it does not hold, miss words it holds, or show a secret line&apos;s hidden words to readers below its level.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 is missing from the search index: searches do not find it.</source>
        <translation>Row &quot;%1&quot; of %2 is missing from the search index: searches do not find it.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>This is the ordinary office file: %1 of a %2 document is kept only in the secret file, on the office&apos;s standalone computer (Law on Protection of State Secrets, article 5). Here, register its number, date, sender, symbol and mark only.</source>
        <translation>This is the ordinary office file: %1 of a %2 document is kept only in the secret file, on the office&apos;s standalone computer (Law on Protection of State Secrets, article 5). Here, register its number, date, sender, symbol and mark only.</translation>
    </message>
</context>
<context>
    <name>SecretTransfer</name>
    <message>
        <source>%1/%2 (secret register)</source>
        <translation>%1/%2 (secret register)</translation>
    </message>
    <message>
        <source>This is the secret file: lines are moved from the ordinary file to this one, not back.</source>
        <translation>This is the secret file: lines are moved from the ordinary file to this one, not back.</translation>
    </message>
    <message>
        <source>Every Mật or higher line has been moved to the secret file already.</source>
        <translation>Every Mật or higher line has been moved to the secret file already.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines to %3</source>
        <translation>%1 incoming and %2 outgoing lines to %3</translation>
    </message>
    <message>
        <source>Bring the lines into the secret file, on the office&apos;s standalone computer; this is an ordinary file.</source>
        <translation>Bring the lines into the secret file, on the office&apos;s standalone computer; this is an ordinary file.</translation>
    </message>
    <message>
        <source>%1 is not a transfer file.</source>
        <translation>%1 is not a transfer file.</translation>
    </message>
    <message>
        <source>Wrong password for the transfer file.</source>
        <translation>Wrong password for the transfer file.</translation>
    </message>
    <message>
        <source>The transfer file was written by another version of VanPhong; use the same version on both computers.</source>
        <translation>The transfer file was written by another version of VanPhong; use the same version on both computers.</translation>
    </message>
    <message>
        <source>The transfer file is damaged or has been altered, so it is refused: %1</source>
        <translation>The transfer file is damaged or has been altered, so it is refused: %1</translation>
    </message>
    <message>
        <source>This is an office file, not a transfer file from the ordinary file.</source>
        <translation>This is an office file, not a transfer file from the ordinary file.</translation>
    </message>
    <message>
        <source>This transfer was brought in on %1 by %2; a transfer is brought in once.</source>
        <translation>This transfer was brought in on %1 by %2; a transfer is brought in once.</translation>
    </message>
    <message>
        <source>This transfer comes from another ordinary file than the one this secret file receives from; it is refused.</source>
        <translation>This transfer comes from another ordinary file than the one this secret file receives from; it is refused.</translation>
    </message>
    <message>
        <source>This transfer comes from another office (%1).</source>
        <translation>This transfer comes from another office (%1).</translation>
    </message>
    <message>
        <source>Incoming number %1 is used in this file by another document (%2, %3).</source>
        <translation>Incoming number %1 is used in this file by another document (%2, %3).</translation>
    </message>
    <message>
        <source>%1 is used in this file by another document, dated %2.</source>
        <translation>%1 is used in this file by another document, dated %2.</translation>
    </message>
    <message>
        <source>Nothing was brought in:</source>
        <translation>Nothing was brought in:</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines from %3, exported by %4</source>
        <translation>%1 incoming and %2 outgoing lines from %3, exported by %4</translation>
    </message>
</context>
<context>
    <name>SignatureLoss</name>
    <message>
        <source>Audit log entry %1 registers a signing key without a signature, and the application signs every one.</source>
        <translation>Audit log entry %1 registers a signing key without a signature, and the application signs every one.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures. %1 Someone holding the file&apos;s key removed them with a tool, and may have written entries in other people&apos;s names that the log can no longer tell apart (an account raised to office chief, for one). No account gets more here than this computer last saw of it. Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</source>
        <translation>The file&apos;s audit log has lost its signatures. %1 Someone holding the file&apos;s key removed them with a tool, and may have written entries in other people&apos;s names that the log can no longer tell apart (an account raised to office chief, for one). No account gets more here than this computer last saw of it. Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures, so it no longer says who holds which role, and this computer never saw your account while the log was signed. %1 The file is not opened for work: open it read-only to check it and save what it holds, and ask the office chief to go on with a backup made before.</source>
        <translation>The file&apos;s audit log has lost its signatures, so it no longer says who holds which role, and this computer never saw your account while the log was signed. %1 The file is not opened for work: open it read-only to check it and save what it holds, and ask the office chief to go on with a backup made before.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures, and your account in the file (%1, clearance %2) is more than this computer last saw of it on %3 (%4, clearance %5%6): it is not used. %7 Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</source>
        <translation>The file&apos;s audit log has lost its signatures, and your account in the file (%1, clearance %2) is more than this computer last saw of it on %3 (%4, clearance %5%6): it is not used. %7 Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, disabled</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an XLSX or ODS spreadsheet.</source>
        <translation>The file is a ZIP archive but not an XLSX or ODS spreadsheet.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet VanPhong can read: save it as .xlsx, .ods or .csv (UTF-8).</source>
        <translation>The file is not a spreadsheet VanPhong can read: save it as .xlsx, .ods or .csv (UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file is not in UTF-8. In Excel choose &quot;CSV UTF-8&quot; when saving; in LibreOffice choose the character set Unicode (UTF-8).</source>
        <translation>The CSV file is not in UTF-8. In Excel choose &quot;CSV UTF-8&quot; when saving; in LibreOffice choose the character set Unicode (UTF-8).</translation>
    </message>
</context>
<context>
    <name>TemplateDocument</name>
    <message>
        <source>The file is not a text document saved by LibreOffice (.odt) or Word (.docx), or it is damaged.</source>
        <translation>The file is not a text document saved by LibreOffice (.odt) or Word (.docx), or it is damaged.</translation>
    </message>
    <message>
        <source>A template must be smaller than %1 MB.</source>
        <translation>A template must be smaller than %1 MB.</translation>
    </message>
    <message>
        <source>This is a LibreOffice template (.ott): open it, save it as an ordinary document (.odt) and import that file.</source>
        <translation>This is a LibreOffice template (.ott): open it, save it as an ordinary document (.odt) and import that file.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file but not a text document (.odt).</source>
        <translation>The file is an OpenDocument file but not a text document (.odt).</translation>
    </message>
    <message>
        <source>The document contains macros (.docm, .dotm): save it as an ordinary Word document (.docx) without macros and import that file.</source>
        <translation>The document contains macros (.docm, .dotm): save it as an ordinary Word document (.docx) without macros and import that file.</translation>
    </message>
    <message>
        <source>This is a Word template (.dotx): open it, save it as an ordinary document (.docx) and import that file.</source>
        <translation>This is a Word template (.dotx): open it, save it as an ordinary document (.docx) and import that file.</translation>
    </message>
    <message>
        <source>The document is damaged: its part &quot;%1&quot; cannot be read (%2).</source>
        <translation>The document is damaged: its part &quot;%1&quot; cannot be read (%2).</translation>
    </message>
    <message>
        <source>The template&apos;s part &quot;%1&quot; could not be filled (%2); save it again in the word processor and import it once more.</source>
        <translation>The template&apos;s part &quot;%1&quot; could not be filled (%2); save it again in the word processor and import it once more.</translation>
    </message>
    <message>
        <source>The document could not be packed.</source>
        <translation>The document could not be packed.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no document type &quot;%1&quot; in the office&apos;s list.</source>
        <translation>There is no document type &quot;%1&quot; in the office&apos;s list.</translation>
    </message>
    <message>
        <source>The template has no field ({{so_ky_hieu}}, {{ngay_thang}}...): its drafts will be the same file every time.</source>
        <translation>The template has no field ({{so_ky_hieu}}, {{ngay_thang}}...): its drafts will be the same file every time.</translation>
    </message>
    <message>
        <source>These fields are not VanPhong&apos;s and will stay as typed: %1.</source>
        <translation>These fields are not VanPhong&apos;s and will stay as typed: %1.</translation>
    </message>
</context>
<context>
    <name>TermStore</name>
    <message>
        <source>A term needs a name and the date it starts.</source>
        <translation>A term needs a name and the date it starts.</translation>
    </message>
    <message>
        <source>A term already starts on %1.</source>
        <translation>A term already starts on %1.</translation>
    </message>
    <message>
        <source>There is no such term.</source>
        <translation>There is no such term.</translation>
    </message>
    <message>
        <source>%1, dated %2, was numbered in its term; with this change it would fall in another one.</source>
        <translation>%1, dated %2, was numbered in its term; with this change it would fall in another one.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
</context>
<context>
    <name>WorkstationMemory</name>
    <message>
        <source>This file is older than the one this computer opened on %1: its log then held %2 changes, now %3. It may have been rolled back or replaced by an older copy; changes made since may be missing. Ask the office chief to check it before working on.</source>
        <translation>This file is older than the one this computer opened on %1: its log then held %2 changes, now %3. It may have been rolled back or replaced by an older copy; changes made since may be missing. Ask the office chief to check it before working on.</translation>
    </message>
    <message>
        <source>This file&apos;s history differs from the one this computer saw on %1 (change %2 is not the same). It may have been replaced by another copy. Ask the office chief to check it before working on.</source>
        <translation>This file&apos;s history differs from the one this computer saw on %1 (change %2 is not the same). It may have been replaced by another copy. Ask the office chief to check it before working on.</translation>
    </message>
    <message>
        <source>On %1 this computer saw the file&apos;s audit log signed from entry %2 on; that entry is no longer signed as it was.</source>
        <translation>On %1 this computer saw the file&apos;s audit log signed from entry %2 on; that entry is no longer signed as it was.</translation>
    </message>
    <message>
        <source>On %1 this computer saw entry %2 of the file&apos;s audit log register %3&apos;s signing key; that entry is no longer there, signed as it was.</source>
        <translation>On %1 this computer saw entry %2 of the file&apos;s audit log register %3&apos;s signing key; that entry is no longer there, signed as it was.</translation>
    </message>
</context>
<context>
    <name>XlsxFormat</name>
    <message>
        <source>The workbook is damaged: &quot;%1&quot; is not well-formed XML (%2).</source>
        <translation>The workbook is damaged: &quot;%1&quot; is not well-formed XML (%2).</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; it is not imported.</source>
        <translation>The sheet has more than %1 rows; it is not imported.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file is not a spreadsheet workbook (no ZIP container).</source>
        <translation>The file is not a spreadsheet workbook (no ZIP container).</translation>
    </message>
    <message>
        <source>The workbook is damaged: its table of contents is missing or unreadable.</source>
        <translation>The workbook is damaged: its table of contents is missing or unreadable.</translation>
    </message>
    <message>
        <source>The workbook is damaged: entry %1 of its table of contents is unreadable.</source>
        <translation>The workbook is damaged: entry %1 of its table of contents is unreadable.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; save it without one and try again.</source>
        <translation>The workbook is protected with a password; save it without one and try again.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part &quot;%1&quot; cannot be found.</source>
        <translation>The workbook is damaged: the part &quot;%1&quot; cannot be found.</translation>
    </message>
    <message>
        <source>The workbook has no part &quot;%1&quot;.</source>
        <translation>The workbook has no part &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the workbook is larger than %2 MB; it is not imported.</source>
        <translation>The part &quot;%1&quot; of the workbook is larger than %2 MB; it is not imported.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the workbook uses a compression VanPhong does not read.</source>
        <translation>The part &quot;%1&quot; of the workbook uses a compression VanPhong does not read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part &quot;%1&quot; fails its checksum.</source>
        <translation>The workbook is damaged: the part &quot;%1&quot; fails its checksum.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The encryption library failed its self-test (%1). VanPhong will not open any file.</source>
        <translation>The encryption library failed its self-test (%1). VanPhong will not open any file.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AgendaTab</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>Documents (separated by ;)</source>
        <translation>Documents (separated by ;)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>A new agenda item</source>
        <translation>A new agenda item</translation>
    </message>
    <message>
        <source>Add the &amp;item</source>
        <translation>Add the &amp;item</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ArchivesPage</name>
    <message>
        <source>Archive: dossiers</source>
        <translation>Archive: dossiers</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier…</source>
        <translation>C&amp;lose the dossier…</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Not yet filed…</source>
        <translation>&amp;Not yet filed…</translation>
    </message>
    <message>
        <source>The year&apos;s documents that are in no dossier</source>
        <translation>The year&apos;s documents that are in no dossier</translation>
    </message>
    <message>
        <source>&amp;Draft next year&apos;s list…</source>
        <translation>&amp;Draft next year&apos;s list…</translation>
    </message>
    <message>
        <source>Next year&apos;s dossier list from this year&apos;s: numbers, titles, retention, keepers and places</source>
        <translation>Next year&apos;s dossier list from this year&apos;s: numbers, titles, retention, keepers and places</translation>
    </message>
    <message>
        <source>&amp;Approve the list…</source>
        <translation>&amp;Approve the list…</translation>
    </message>
    <message>
        <source>Change the selected dossier (Ctrl+E)</source>
        <translation>Change the selected dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a dossier to see what it holds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a dossier to see what it holds.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Dossier %1/%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hand over by</source>
        <translation>Hand over by</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>The list of %1 was approved by %2 on %3.</source>
        <translation>The list of %1 was approved by %2 on %3.</translation>
    </message>
    <message>
        <source>The list of %1 is a draft, not yet approved.</source>
        <translation>The list of %1 is a draft, not yet approved.</translation>
    </message>
    <message>
        <source>Before it goes to the archive</source>
        <translation>Before it goes to the archive</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Draft next year&apos;s list</source>
        <translation>Draft next year&apos;s list</translation>
    </message>
    <message>
        <source>Draft the dossier list of %1 from the list of %2? Every dossier not destroyed is copied with its number, title, retention, keeper and place, open from 1 January %1; edit the draft, then have it approved.</source>
        <translation>Draft the dossier list of %1 from the list of %2? Every dossier not destroyed is copied with its number, title, retention, keeper and place, open from 1 January %1; edit the draft, then have it approved.</translation>
    </message>
    <message>
        <source>dossier-list-%1</source>
        <translation>dossier-list-%1</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Le&amp;nd…</source>
        <translation>Le&amp;nd…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Loan&amp;s…</source>
        <translation>Loan&amp;s…</translation>
    </message>
    <message>
        <source>The dossiers lent out, the overdue ones first; the lending register</source>
        <translation>The dossiers lent out, the overdue ones first; the lending register</translation>
    </message>
    <message>
        <source>Retention re&amp;view…</source>
        <translation>Retention re&amp;view…</translation>
    </message>
    <message>
        <source>Dossiers past their retention, the council&apos;s decisions, destruction; the retention table</source>
        <translation>Dossiers past their retention, the council&apos;s decisions, destruction; the retention table</translation>
    </message>
    <message>
        <source>The archive&apos;s papers in the print preview (Ctrl+P)</source>
        <translation>The archive&apos;s papers in the print preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hand closed dossiers over to the archive under one record</source>
        <translation>Hand closed dossiers over to the archive under one record</translation>
    </message>
    <message>
        <source>Re&amp;turned…</source>
        <translation>Re&amp;turned…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>on %1 under record %2, received by %3</source>
        <translation>on %1 under record %2, received by %3</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>to %1 on %2, due back %3</source>
        <translation>to %1 on %2, due back %3</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Handed over. Print the hand-over record and its list (two copies each) now?</source>
        <translation>Handed over. Print the hand-over record and its list (two copies each) now?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select a dossier first.</source>
        <translation>Select a dossier first.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 has not been handed over.</source>
        <translation>Dossier %1/%2 has not been handed over.</translation>
    </message>
    <message>
        <source>The year&apos;s dossier &amp;list</source>
        <translation>The year&apos;s dossier &amp;list</translation>
    </message>
    <message>
        <source>&amp;Cover of the selected dossier</source>
        <translation>&amp;Cover of the selected dossier</translation>
    </message>
    <message>
        <source>&amp;Documents of the selected dossier (mục lục văn bản)</source>
        <translation>&amp;Documents of the selected dossier (mục lục văn bản)</translation>
    </message>
    <message>
        <source>&amp;Box labels of the year</source>
        <translation>&amp;Box labels of the year</translation>
    </message>
    <message>
        <source>&amp;Hand-over record of the selected dossier</source>
        <translation>&amp;Hand-over record of the selected dossier</translation>
    </message>
    <message>
        <source>Archive &amp;index of every dossier</source>
        <translation>Archive &amp;index of every dossier</translation>
    </message>
    <message>
        <source>Lending &amp;register</source>
        <translation>Lending &amp;register</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>on %1, record %2, by decision %3 of %4</source>
        <translation>on %1, record %2, by decision %3 of %4</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ArrivalDialog</name>
    <message>
        <source>Arrived late</source>
        <translation>Arrived late</translation>
    </message>
    <message>
        <source>When did %1 come in? From then on the member counts as present.</source>
        <translation>When did %1 come in? From then on the member counts as present.</translation>
    </message>
    <message>
        <source>The meeting is not under way now: give the time %1 came in. From then on the member counts as present.</source>
        <translation>The meeting is not under way now: give the time %1 came in. From then on the member counts as present.</translation>
    </message>
    <message>
        <source>why late, as the member said</source>
        <translation>why late, as the member said</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>&amp;Arrived at:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetDialog</name>
    <message>
        <source>New item of the asset register</source>
        <translation>New item of the asset register</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>e.g. Máy tính xách tay Dell Latitude</source>
        <translation>e.g. Máy tính xách tay Dell Latitude</translation>
    </message>
    <message>
        <source>automatic, e.g. MT-0004</source>
        <translation>automatic, e.g. MT-0004</translation>
    </message>
    <message>
        <source>model, size, material</source>
        <translation>model, size, material</translation>
    </message>
    <message>
        <source>the invoice or decision, e.g. HĐ 0001234 ngày 05/3/2026</source>
        <translation>the invoice or decision, e.g. HĐ 0001234 ngày 05/3/2026</translation>
    </message>
    <message>
        <source>the category&apos;s</source>
        <translation>the category&apos;s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Brought in from an earlier register: the last year its accumulated depreciation counts</source>
        <translation>Brought in from an earlier register: the last year its accumulated depreciation counts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Specification:</translation>
    </message>
    <message>
        <source>Se&amp;rial number:</source>
        <translation>Se&amp;rial number:</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>&amp;Acquired on:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Original &amp;cost (đồng):</source>
        <translation>Original &amp;cost (đồng):</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Roo&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Keeper:</source>
        <translation>&amp;Keeper:</translation>
    </message>
    <message>
        <source>Own &amp;rate (% a year):</source>
        <translation>Own &amp;rate (% a year):</translation>
    </message>
    <message>
        <source>acc&amp;umulated (đồng):</source>
        <translation>acc&amp;umulated (đồng):</translation>
    </message>
    <message>
        <source>Brought in up to &amp;year:</source>
        <translation>Brought in up to &amp;year:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>In the %1 book.</source>
        <translation>In the %1 book.</translation>
    </message>
    <message numerus="yes">
        <source>A fixed asset from %1 đồng and %n year(s) of use; a tool below.</source>
        <translation>
            <numerusform>A fixed asset from %1 đồng and %n year(s) of use; a tool below.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Goes in the fixed asset book: depreciated at %1 % a year.</source>
        <translation>Goes in the fixed asset book: depreciated at %1 % a year.</translation>
    </message>
    <message>
        <source>Goes in the tools book (below %1 đồng or one year of use): not depreciated.</source>
        <translation>Goes in the tools book (below %1 đồng or one year of use): not depreciated.</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category: its code and rate come from it.</source>
        <translation>Choose the item&apos;s category: its code and rate come from it.</translation>
    </message>
    <message>
        <source>The item&apos;s own rate is a percentage such as 20 or 6,67; leave it empty for the category&apos;s.</source>
        <translation>The item&apos;s own rate is a percentage such as 20 or 6,67; leave it empty for the category&apos;s.</translation>
    </message>
    <message>
        <source>Why is %1 corrected? The reason stays in its history.</source>
        <translation>Why is %1 corrected? The reason stays in its history.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetRulesDialog</name>
    <message>
        <source>Asset categories and rules</source>
        <translation>Asset categories and rules</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Life (years)</source>
        <translation>Life (years)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Mark a row checked once its life and rate are compared with Phụ lục I of Thông tư 23/2023/TT-BTC</source>
        <translation>Mark a row checked once its life and rate are compared with Phụ lục I of Thông tư 23/2023/TT-BTC</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>&amp;Add a category</translation>
    </message>
    <message>
        <source>&amp;Remove the category</source>
        <translation>&amp;Remove the category</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>Whole years for the items held on 31 December</source>
        <translation>Whole years for the items held on 31 December</translation>
    </message>
    <message>
        <source>By months in use</source>
        <translation>By months in use</translation>
    </message>
    <message>
        <source>and &amp;used for</source>
        <translation>and &amp;used for</translation>
    </message>
    <message>
        <source>A fixed asset &amp;from (đồng):</source>
        <translation>A fixed asset &amp;from (đồng):</translation>
    </message>
    <message>
        <source>The year an item comes or &amp;goes:</source>
        <translation>The year an item comes or &amp;goes:</translation>
    </message>
    <message>
        <source>Row %1: the life is a number of years and the rate a percentage such as 12,5.</source>
        <translation>Row %1: the life is a number of years and the rate a percentage such as 12,5.</translation>
    </message>
    <message>
        <source>Give the cost from which an item is a fixed asset.</source>
        <translation>Give the cost from which an item is a fixed asset.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Repair…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>Both books</source>
        <translation>Both books</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Fixed assets</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>In the register now</source>
        <translation>In the register now</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Depreciation…</source>
        <translation>&amp;Depreciation…</translation>
    </message>
    <message>
        <source>The year&apos;s depreciation: preview, compute, print the table, lock the signed year</source>
        <translation>The year&apos;s depreciation: preview, compute, print the table, lock the signed year</translation>
    </message>
    <message>
        <source>Categories and r&amp;ules…</source>
        <translation>Categories and r&amp;ules…</translation>
    </message>
    <message>
        <source>The categories&apos; lives and rates (Thông tư 23/2023/TT-BTC), the thresholds of a fixed asset</source>
        <translation>The categories&apos; lives and rates (Thông tư 23/2023/TT-BTC), the thresholds of a fixed asset</translation>
    </message>
    <message>
        <source>The &amp;fixed asset book</source>
        <translation>The &amp;fixed asset book</translation>
    </message>
    <message>
        <source>The &amp;tools book</source>
        <translation>The &amp;tools book</translation>
    </message>
    <message>
        <source>Items by &amp;room</source>
        <translation>Items by &amp;room</translation>
    </message>
    <message>
        <source>Items by &amp;keeper</source>
        <translation>Items by &amp;keeper</translation>
    </message>
    <message>
        <source>&amp;Card of the selected item</source>
        <translation>&amp;Card of the selected item</translation>
    </message>
    <message>
        <source>&amp;Hand-over record of the selected item</source>
        <translation>&amp;Hand-over record of the selected item</translation>
    </message>
    <message>
        <source>&amp;Disposal record of the selected item</source>
        <translation>&amp;Disposal record of the selected item</translation>
    </message>
    <message>
        <source>The asset papers in the print preview (Ctrl+P); the depreciation table from Depreciation…</source>
        <translation>The asset papers in the print preview (Ctrl+P); the depreciation table from Depreciation…</translation>
    </message>
    <message>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade…</translation>
    </message>
    <message>
        <source>Re&amp;value…</source>
        <translation>Re&amp;value…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Lost…</translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation>&amp;Transfer out…</translation>
    </message>
    <message>
        <source>Correct the selected item (Ctrl+E)</source>
        <translation>Correct the selected item (Ctrl+E)</translation>
    </message>
    <message>
        <source>Hand the item over to a room or keeper, with the hand-over record</source>
        <translation>Hand the item over to a room or keeper, with the hand-over record</translation>
    </message>
    <message>
        <source>Dispose of the item under the decision, with the disposal record</source>
        <translation>Dispose of the item under the decision, with the disposal record</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its value and history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select an item to see its value and history.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Original cost</translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>When entered</source>
        <translation>When entered</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>%1 % a year</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Depreciation</translation>
    </message>
    <message>
        <source>%1 đồng to the end of %2; book value %3 đồng</source>
        <translation>%1 đồng to the end of %2; book value %3 đồng</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Print the hand-over record %1 now?</source>
        <translation>Print the hand-over record %1 now?</translation>
    </message>
    <message>
        <source>Print the disposal record %1 now?</source>
        <translation>Print the disposal record %1 now?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select the item first.</source>
        <translation>Select the item first.</translation>
    </message>
    <message>
        <source>%1 has no hand-over recorded under a record&apos;s number.</source>
        <translation>%1 has no hand-over recorded under a record&apos;s number.</translation>
    </message>
    <message>
        <source>%1 has no disposal recorded under a record&apos;s number.</source>
        <translation>%1 has no disposal recorded under a record&apos;s number.</translation>
    </message>
    <message>
        <source>asset-register</source>
        <translation>asset-register</translation>
    </message>
    <message>
        <source>D&amp;ispose of…</source>
        <translation>D&amp;ispose of…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>In&amp;ventory…</translation>
    </message>
    <message>
        <source>The annual inventory: start it, scan the labels, mark what is missing or elsewhere, close it</source>
        <translation>The annual inventory: start it, scan the labels, mark what is missing or elsewhere, close it</translation>
    </message>
    <message>
        <source>Inventory &amp;reconciliation</source>
        <translation>Inventory &amp;reconciliation</translation>
    </message>
    <message>
        <source>In&amp;ventory record</source>
        <translation>In&amp;ventory record</translation>
    </message>
    <message>
        <source>&amp;QR labels of every item</source>
        <translation>&amp;QR labels of every item</translation>
    </message>
    <message>
        <source>QR &amp;label of the selected item</source>
        <translation>QR &amp;label of the selected item</translation>
    </message>
    <message>
        <source>Bring in the asset book kept in Excel (XLSX, ODS or CSV): each column read as the register&apos;s field</source>
        <translation>Bring in the asset book kept in Excel (XLSX, ODS or CSV): each column read as the register&apos;s field</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssignDialog</name>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Person or unit, e.g. Ban Tuyên giáo</source>
        <translation>Person or unit, e.g. Ban Tuyên giáo</translation>
    </message>
    <message>
        <source>Hand &amp;to:</source>
        <translation>Hand &amp;to:</translation>
    </message>
    <message>
        <source>Leader&apos;s &amp;direction:</source>
        <translation>Leader&apos;s &amp;direction:</translation>
    </message>
    <message>
        <source>Close and throw away what was typed?</source>
        <translation>Close and throw away what was typed?</translation>
    </message>
    <message>
        <source>The day the document was handed over; the incoming book prints it.</source>
        <translation>The day the document was handed over; the incoming book prints it.</translation>
    </message>
    <message>
        <source>Handed &amp;over on:</source>
        <translation>Handed &amp;over on:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AttachmentsBox</name>
    <message>
        <source>Scanned files</source>
        <translation>Scanned files</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>A&amp;ttach…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Attach scanned files</source>
        <translation>Attach scanned files</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from this document?</source>
        <translation>Remove %1 from this document?</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AttendanceTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Guest: %1</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>reason, if absent or late</source>
        <translation>reason, if absent or late</translation>
    </message>
    <message>
        <source>Write why %1 is absent; the minutes record it.</source>
        <translation>Write why %1 is absent; the minutes record it.</translation>
    </message>
    <message>
        <source>Present %1 of %2 members; %3 needed to hold the meeting, %4 votes in favour to decide.</source>
        <translation>Present %1 of %2 members; %3 needed to hold the meeting, %4 votes in favour to decide.</translation>
    </message>
    <message>
        <source>Not enough members present yet.</source>
        <translation>Not enough members present yet.</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Guest&apos;s name</translation>
    </message>
    <message>
        <source>Position, e.g. Chủ tịch UBMTTQ xã</source>
        <translation>Position, e.g. Chủ tịch UBMTTQ xã</translation>
    </message>
    <message>
        <source>Add the &amp;guest</source>
        <translation>Add the &amp;guest</translation>
    </message>
    <message>
        <source>Guest list a&amp;pproved…</source>
        <translation>Guest list a&amp;pproved…</translation>
    </message>
    <message>
        <source>No guests invited.</source>
        <translation>No guests invited.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;The guest list is not yet approved by the standing members: invitations to guests wait for it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;The guest list is not yet approved by the standing members: invitations to guests wait for it.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Guest list approved by %1 on %2.</source>
        <translation>Guest list approved by %1 on %2.</translation>
    </message>
    <message>
        <source>Guest list approved</source>
        <translation>Guest list approved</translation>
    </message>
    <message>
        <source>Approved by (the standing member):</source>
        <translation>Approved by (the standing member):</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChecklistTab</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist &amp;templates…</source>
        <translation>Checklist &amp;templates…</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChecklistTemplatesDialog</name>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>Days from the meeting: negative before it, positive after.</source>
        <translation>Days from the meeting: negative before it, positive after.</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>A new step</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>&amp;Kind of meeting:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove the step</source>
        <translation>&amp;Remove the step</translation>
    </message>
    <message>
        <source>Days are counted from the meeting day (−5: five days before; 7: a week after); a weekend moves to the Friday before. Changes apply to meetings created from now on.</source>
        <translation>Days are counted from the meeting day (−5: five days before; 7: a week after); a weekend moves to the Friday before. Changes apply to meetings created from now on.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChiefAccountPage</name>
    <message>
        <source>The office chief&apos;s account</source>
        <translation>The office chief&apos;s account</translation>
    </message>
    <message>
        <source>The office chief manages users and settings. Choose a password that others cannot guess; it protects every record in the file.</source>
        <translation>The office chief manages users and settings. Choose a password that others cannot guess; it protects every record in the file.</translation>
    </message>
    <message>
        <source>&amp;Create the file</source>
        <translation>&amp;Create the file</translation>
    </message>
    <message>
        <source>e.g. chanhvp</source>
        <translation>e.g. chanhvp</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>The user name must not contain spaces.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CloseDossierDialog</name>
    <message>
        <source>Close the dossier</source>
        <translation>Close the dossier</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message numerus="yes">
        <source>Dossier %1/%2: %3 (%n document(s), kept %4)</source>
        <translation>
            <numerusform>Dossier %1/%2: %3 (%n document, kept %4)</numerusform>
            <numerusform>Dossier %1/%2: %3 (%n documents, kept %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Closed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Sheets:</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier</source>
        <translation>C&amp;lose the dossier</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed. Before it goes to the archive:</source>
        <translation>Dossier %1/%2 is closed. Before it goes to the archive:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CorrectionBar</name>
    <message>
        <source>Co&amp;rrect the record…</source>
        <translation>Co&amp;rrect the record…</translation>
    </message>
    <message>
        <source>Corrections &amp;made…</source>
        <translation>Corrections &amp;made…</translation>
    </message>
    <message>
        <source>The meeting is closed: its record is corrected only with a reason, kept in its history.</source>
        <translation>The meeting is closed: its record is corrected only with a reason, kept in its history.</translation>
    </message>
    <message>
        <source>Correcting the record: %1</source>
        <translation>Correcting the record: %1</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s record</source>
        <translation>Correct the meeting&apos;s record</translation>
    </message>
    <message>
        <source>Why is the record of this closed meeting corrected? The reason is kept with each change.</source>
        <translation>Why is the record of this closed meeting corrected? The reason is kept with each change.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Corrections of the meeting&apos;s record</source>
        <translation>Corrections of the meeting&apos;s record</translation>
    </message>
    <message>
        <source>&lt;p&gt;The record has not been corrected since the meeting was closed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The record has not been corrected since the meeting was closed.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CreateOfficeWizard</name>
    <message>
        <source>Create the office file</source>
        <translation>Create the office file</translation>
    </message>
    <message>
        <source>The office file was not created</source>
        <translation>The office file was not created</translation>
    </message>
    <message>
        <source>The term was not recorded</source>
        <translation>The term was not recorded</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Print the recovery code or write it down, then tick the box: it is not shown again.</source>
        <translation>Print the recovery code or write it down, then tick the box: it is not shown again.</translation>
    </message>
    <message>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Open an existing file…</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Open an office file</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb);;All files (*)</source>
        <translation>VanPhong office files (*.vpdb);;All files (*)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Choose on a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, month and year, e.g. 05/03/2026.</source>
        <translation>&quot;%1&quot; is not a date: type the day, month and year, e.g. 05/03/2026.</translation>
    </message>
    <message>
        <source>There is no %1: month %2 of %3 has %4 days.</source>
        <translation>There is no %1: month %2 of %3 has %4 days.</translation>
    </message>
    <message>
        <source>There is no %1: the month is from 1 to 12.</source>
        <translation>There is no %1: the month is from 1 to 12.</translation>
    </message>
    <message>
        <source>Type a date, e.g. 05/03/2026.</source>
        <translation>Type a date, e.g. 05/03/2026.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DecisionsTab</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>e.g. về chuyển đổi số năm 2026</source>
        <translation>e.g. về chuyển đổi số năm 2026</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>&amp;Reserve the number</source>
        <translation>&amp;Reserve the number</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>E&amp;xcerpt:</translation>
    </message>
    <message>
        <source>Decisions turned into documents</source>
        <translation>Decisions turned into documents</translation>
    </message>
    <message>
        <source>&amp;Add the task</source>
        <translation>&amp;Add the task</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Follow-up tasks (on the start page until done)</source>
        <translation>Follow-up tasks (on the start page until done)</translation>
    </message>
    <message>
        <source>(the whole meeting)</source>
        <translation>(the whole meeting)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>number reserved</source>
        <translation>number reserved</translation>
    </message>
    <message>
        <source>Number %1 is reserved in the outgoing register.</source>
        <translation>Number %1 is reserved in the outgoing register.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DepreciationDialog</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Compute and save</source>
        <translation>&amp;Compute and save</translation>
    </message>
    <message>
        <source>&amp;Print the table…</source>
        <translation>&amp;Print the table…</translation>
    </message>
    <message>
        <source>&amp;Lock the signed year…</source>
        <translation>&amp;Lock the signed year…</translation>
    </message>
    <message>
        <source>Yearly depreciation</source>
        <translation>Yearly depreciation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Original cost</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>Accumulated</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Book value</translation>
    </message>
    <message>
        <source>The year&apos;s lines as the register gives them now, without saving them</source>
        <translation>The year&apos;s lines as the register gives them now, without saving them</translation>
    </message>
    <message>
        <source>Computes the year (and any unlocked year around it) and saves it; running it again changes nothing</source>
        <translation>Computes the year (and any unlocked year around it) and saves it; running it again changes nothing</translation>
    </message>
    <message>
        <source>Once the printed table is signed: the year is never computed again</source>
        <translation>Once the printed table is signed: the year is never computed again</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>The depreciation of %1 has not been computed. Preview it, then compute and save it in December.</source>
        <translation>The depreciation of %1 has not been computed. Preview it, then compute and save it in December.</translation>
    </message>
    <message>
        <source>%1 is locked: its table was signed by %2 on %3. It is never computed again.</source>
        <translation>%1 is locked: its table was signed by %2 on %3. It is never computed again.</translation>
    </message>
    <message numerus="yes">
        <source>Computed on %1: %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Computed on %1: %2 đồng over %n item(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The register changed since: compute it again before printing the table.</source>
        <translation>The register changed since: compute it again before printing the table.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 đồng over %n item(s).</source>
        <translation>
            <numerusform>Saved: %1 đồng over %n item(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 đồng over %n item(s).</source>
        <translation>
            <numerusform>Not saved: %1 đồng over %n item(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <source>Lock the year once its printed table is signed: it is then never computed again, and nothing dated in it can change its figures.</source>
        <translation>Lock the year once its printed table is signed: it is then never computed again, and nothing dated in it can change its figures.</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DestroyDialog</name>
    <message>
        <source>Destroy the dossiers of decision %1</source>
        <translation>Destroy the dossiers of decision %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;What is destroyed cannot be brought back.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n dossier(s) of decision %1 of %2: %3.&lt;/p&gt;&lt;p&gt;The files of the documents filed in them (%4) are removed from the office file. The registers&apos; lines stay, marked destroyed with the record&apos;s number; the dossiers keep their line and the list of what they held.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;What is destroyed cannot be brought back.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n dossier of decision %1 of %2: %3.&lt;/p&gt;&lt;p&gt;The files of the documents filed in them (%4) are removed from the office file. The registers&apos; lines stay, marked destroyed with the record&apos;s number; the dossiers keep their line and the list of what they held.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;What is destroyed cannot be brought back.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n dossiers of decision %1 of %2: %3.&lt;/p&gt;&lt;p&gt;The files of the documents filed in them (%4) are removed from the office file. The registers&apos; lines stay, marked destroyed with the record&apos;s number; the dossiers keep their line and the list of what they held.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 01-BB/HTL</source>
        <translation>e.g. 01-BB/HTL</translation>
    </message>
    <message>
        <source>The same number, typed again</source>
        <translation>The same number, typed again</translation>
    </message>
    <message>
        <source>Destruction &amp;record number:</source>
        <translation>Destruction &amp;record number:</translation>
    </message>
    <message>
        <source>Destroyed &amp;on:</source>
        <translation>Destroyed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Type the number again:</source>
        <translation>&amp;Type the number again:</translation>
    </message>
    <message>
        <source>&amp;Destroy them</source>
        <translation>&amp;Destroy them</translation>
    </message>
    <message>
        <source>Do &amp;not destroy</source>
        <translation>Do &amp;not destroy</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DetailsToggle</name>
    <message>
        <source>Give the details&apos; room to the list, or take it back</source>
        <translation>Give the details&apos; room to the list, or take it back</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Hide the details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Show the details</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTemplatesMenu</name>
    <message>
        <source>Export the ODT template to edit (LibreOffice)…</source>
        <translation>Export the ODT template to edit (LibreOffice)…</translation>
    </message>
    <message>
        <source>Export the DOCX template to edit (Word)…</source>
        <translation>Export the DOCX template to edit (Word)…</translation>
    </message>
    <message>
        <source>Import the office&apos;s template…</source>
        <translation>Import the office&apos;s template…</translation>
    </message>
    <message>
        <source>Return to the default template</source>
        <translation>Return to the default template</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Select a document type in the list first.</source>
        <translation>Select a document type in the list first.</translation>
    </message>
    <message>
        <source>Save the template to edit</source>
        <translation>Save the template to edit</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text, LibreOffice (*.odt)</source>
        <translation>OpenDocument text, LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>The template cannot be written to %1: choose a folder where you may save files.</source>
        <translation>The template cannot be written to %1: choose a folder where you may save files.</translation>
    </message>
    <message>
        <source>Import the office&apos;s template</source>
        <translation>Import the office&apos;s template</translation>
    </message>
    <message>
        <source>Text documents (*.odt *.docx)</source>
        <translation>Text documents (*.odt *.docx)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>The office&apos;s %1 template of %2 is kept in the office file; the drafts of this type use it from now on.</source>
        <translation>The office&apos;s %1 template of %2 is kept in the office file; the drafts of this type use it from now on.</translation>
    </message>
    <message>
        <source>Drop the office&apos;s templates of %1 and draft from the default ones again?</source>
        <translation>Drop the office&apos;s templates of %1 and draft from the default ones again?</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTypeDialog</name>
    <message>
        <source>Add a document type</source>
        <translation>Add a document type</translation>
    </message>
    <message>
        <source>Document type %1</source>
        <translation>Document type %1</translation>
    </message>
    <message>
        <source>e.g. QĐi</source>
        <translation>e.g. QĐi</translation>
    </message>
    <message>
        <source>e.g. Quy định</source>
        <translation>e.g. Quy định</translation>
    </message>
    <message>
        <source>printed in symbols, e.g. QĐ in 05-QĐ/ĐU</source>
        <translation>printed in symbols, e.g. QĐ in 05-QĐ/ĐU</translation>
    </message>
    <message>
        <source>empty: its own series</source>
        <translation>empty: its own series</translation>
    </message>
    <message>
        <source>Types with the same series share one run of numbers (Quyết định and Quy định share QĐ).</source>
        <translation>Types with the same series share one run of numbers (Quyết định and Quy định share QĐ).</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <source>Numbering &amp;series:</source>
        <translation>Numbering &amp;series:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTypesBox</name>
    <message>
        <source>Document types and their abbreviations</source>
        <translation>Document types and their abbreviations</translation>
    </message>
    <message>
        <source>Add a t&amp;ype…</source>
        <translation>Add a t&amp;ype…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Te&amp;mplates</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>The selected type&apos;s template of drafts: export it to edit in LibreOffice or Word, import the edited file, or return to the default</source>
        <translation>The selected type&apos;s template of drafts: export it to edit in LibreOffice or Word, import the edited file, or return to the default</translation>
    </message>
    <message>
        <source>office&apos;s (%1)</source>
        <translation>office&apos;s (%1)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DossierDialog</name>
    <message>
        <source>New dossier of %1</source>
        <translation>New dossier of %1</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Dossier %1/%2</translation>
    </message>
    <message>
        <source>e.g. 01, I.3</source>
        <translation>e.g. 01, I.3</translation>
    </message>
    <message>
        <source>optional, e.g. VP</source>
        <translation>optional, e.g. VP</translation>
    </message>
    <message>
        <source>e.g. Hồ sơ hội nghị Ban Chấp hành Đảng bộ năm 2027</source>
        <translation>e.g. Hồ sơ hội nghị Ban Chấp hành Đảng bộ năm 2027</translation>
    </message>
    <message>
        <source>Permanent (not from the table)</source>
        <translation>Permanent (not from the table)</translation>
    </message>
    <message>
        <source>A number of years (not from the table)</source>
        <translation>A number of years (not from the table)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kept:</source>
        <translation>&amp;Kept:</translation>
    </message>
    <message>
        <source>K&amp;eeper:</source>
        <translation>K&amp;eeper:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Opened on:</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Cabinet</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>S&amp;helf</source>
        <translation>S&amp;helf</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Box</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>Ye&amp;ar:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DossierPicker</name>
    <message>
        <source>File into dossier</source>
        <translation>File into dossier</translation>
    </message>
    <message>
        <source>Number or title (with or without diacritics)…</source>
        <translation>Number or title (with or without diacritics)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Dossier list of &amp;year:</source>
        <translation>Dossier list of &amp;year:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) filed. Not filed:</source>
        <translation>
            <numerusform>%n document filed. Not filed:</numerusform>
            <numerusform>%n documents filed. Not filed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::FileLocationPage</name>
    <message>
        <source>Welcome to VanPhong</source>
        <translation>Welcome to VanPhong</translation>
    </message>
    <message>
        <source>VanPhong keeps the registers of the party committee office in one encrypted file. Choose where to keep it.</source>
        <translation>VanPhong keeps the registers of the party committee office in one encrypted file. Choose where to keep it.</translation>
    </message>
    <message>
        <source>Everything in this file (documents, meetings, archives, assets) is encrypted with the passwords of the office&apos;s users. Keep regular backups on another disk.</source>
        <translation>Everything in this file (documents, meetings, archives, assets) is encrypted with the passwords of the office&apos;s users. Keep regular backups on another disk.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Office file</source>
        <translation>Office file</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>VanPhong office files (*.vpdb)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>The file exists</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing office file is opened, not created.</source>
        <translation>%1 already exists. Choose another name; an existing office file is opened, not created.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>No such folder</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>This is the &amp;secret file, on the office&apos;s standalone computer</source>
        <translation>This is the &amp;secret file, on the office&apos;s standalone computer</translation>
    </message>
    <message>
        <source>An ordinary file keeps only the register line (number, date, sender, symbol, mark) of Mật, Tối mật and Tuyệt mật documents. Their content is kept in a separate secret file, on a computer that has never been connected to a network. This cannot be changed later.</source>
        <translation>An ordinary file keeps only the register line (number, date, sender, symbol, mark) of Mật, Tối mật and Tuyệt mật documents. Their content is kept in a separate secret file, on a computer that has never been connected to a network. This cannot be changed later.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::FilingButton</name>
    <message>
        <source>Take out of the dossier…</source>
        <translation>Take out of the dossier…</translation>
    </message>
    <message>
        <source>Take the document out of dossier %1/%2, to file it elsewhere</source>
        <translation>Take the document out of dossier %1/%2, to file it elsewhere</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: nothing is taken out of it</source>
        <translation>Dossier %1/%2 is closed: nothing is taken out of it</translation>
    </message>
    <message>
        <source>File into dossier…</source>
        <translation>File into dossier…</translation>
    </message>
    <message>
        <source>Put the meeting&apos;s dossier into a dossier of the archive, once the meeting was held</source>
        <translation>Put the meeting&apos;s dossier into a dossier of the archive, once the meeting was held</translation>
    </message>
    <message>
        <source>Put the document into a dossier of the archive (lập hồ sơ)</source>
        <translation>Put the document into a dossier of the archive (lập hồ sơ)</translation>
    </message>
    <message>
        <source>File into dossier</source>
        <translation>File into dossier</translation>
    </message>
    <message>
        <source>%1 is a paper of a meeting (%2). The meeting&apos;s dossier holds its minutes, invitations, sign-in sheet and decisions together.

File the whole meeting&apos;s dossier instead? Choose No to file this paper on its own.</source>
        <translation>%1 is a paper of a meeting (%2). The meeting&apos;s dossier holds its minutes, invitations, sign-in sheet and decisions together.

File the whole meeting&apos;s dossier instead? Choose No to file this paper on its own.</translation>
    </message>
    <message>
        <source>Take out of the dossier</source>
        <translation>Take out of the dossier</translation>
    </message>
    <message>
        <source>Take %1 out of its dossier?

%2

It goes back among the year&apos;s documents not yet filed; the audit log keeps that it was filed there.</source>
        <translation>Take %1 out of its dossier?

%2

It goes back among the year&apos;s documents not yet filed; the audit log keeps that it was filed there.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::HandoverDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Hand over by</source>
        <translation>Hand over by</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Hand dossiers over to the archive</source>
        <translation>Hand dossiers over to the archive</translation>
    </message>
    <message>
        <source>e.g. 01-BB/VP</source>
        <translation>e.g. 01-BB/VP</translation>
    </message>
    <message>
        <source>Who receives them for the archive</source>
        <translation>Who receives them for the archive</translation>
    </message>
    <message>
        <source>Select the closed dossiers that go to the archive together (Shift, Ctrl for several). Once handed over they no longer change here.</source>
        <translation>Select the closed dossiers that go to the archive together (Shift, Ctrl for several). Once handed over they no longer change here.</translation>
    </message>
    <message>
        <source>No dossier is closed and waiting to be handed over: close a dossier first.</source>
        <translation>No dossier is closed and waiting to be handed over: close a dossier first.</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Record number:</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Received by:</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>Handed over &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Select the dossiers to hand over.</source>
        <translation>Select the dossiers to hand over.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportFilePage</name>
    <message>
        <source>The spreadsheet to import</source>
        <translation>The spreadsheet to import</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>A register kept in Excel or LibreOffice: .xlsx, .ods, or .csv saved as UTF-8; the first sheet is read. The column titles are found in the first rows, under any title lines; totals and signatures below the register are left out.</source>
        <translation>A register kept in Excel or LibreOffice: .xlsx, .ods, or .csv saved as UTF-8; the first sheet is read. The column titles are found in the first rows, under any title lines; totals and signatures below the register are left out.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportMappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>Fields marked * are needed. VanPhong remembers your choice for the next file with the same titles.</source>
        <translation>Fields marked * are needed. VanPhong remembers your choice for the next file with the same titles.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Choose the columns for: %1.</source>
        <translation>Choose the columns for: %1.</translation>
    </message>
    <message>
        <source>The first lines of the register (column titles on line %1 of the file):</source>
        <translation>The first lines of the register (column titles on line %1 of the file):</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Rows with a problem are shown in red with what is wrong. Nothing is imported until every row is right: correct the file, then go back and choose it again.</source>
        <translation>Rows with a problem are shown in red with what is wrong. Nothing is imported until every row is right: correct the file, then go back and choose it again.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>All %n rows can be imported.</numerusform>
            <numerusform>All %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n row has problems; nothing will be imported until they are corrected.</numerusform>
            <numerusform>%n rows have problems; nothing will be imported until they are corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportWizard</name>
    <message>
        <source>Import incoming documents</source>
        <translation>Import incoming documents</translation>
    </message>
    <message>
        <source>Import outgoing documents</source>
        <translation>Import outgoing documents</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were imported.</source>
        <translation>
            <numerusform>%n document were imported.</numerusform>
            <numerusform>%n documents were imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an asset book</source>
        <translation>Import an asset book</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were imported.</source>
        <translation>
            <numerusform>%n item(s) were imported.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::IncomingEditor</name>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>To be recalled by:</source>
        <translation>To be recalled by:</translation>
    </message>
    <message>
        <source>Register incoming documents</source>
        <translation>Register incoming documents</translation>
    </message>
    <message>
        <source>e.g. Văn phòng Tỉnh ủy</source>
        <translation>e.g. Văn phòng Tỉnh ủy</translation>
    </message>
    <message>
        <source>e.g. 07-KL/VPTW or 15/2023/TT-BTC</source>
        <translation>e.g. 07-KL/VPTW or 15/2023/TT-BTC</translation>
    </message>
    <message>
        <source>Type and excerpt, e.g. Kết luận về công tác cán bộ</source>
        <translation>Type and excerpt, e.g. Kết luận về công tác cán bộ</translation>
    </message>
    <message>
        <source>(from the symbol)</source>
        <translation>(from the symbol)</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <source>&amp;Number, symbol:</source>
        <translation>&amp;Number, symbol:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Dated:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerpt:</translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>copies:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Pa&amp;ges:</translation>
    </message>
    <message>
        <source>urgency:</source>
        <translation>urgency:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Se&amp;cret:</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Save and &amp;next</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>Registered already?</translation>
    </message>
    <message>
        <source>Incoming document %1/%2 has the same sender, symbol and date. Register this one too?</source>
        <translation>Incoming document %1/%2 has the same sender, symbol and date. Register this one too?</translation>
    </message>
    <message>
        <source>Registered as incoming number %1/%2.</source>
        <translation>Registered as incoming number %1/%2.</translation>
    </message>
    <message>
        <source>The time set by the sender (Hỏa tốc hẹn giờ)</source>
        <translation>The time set by the sender (Hỏa tốc hẹn giờ)</translation>
    </message>
    <message>
        <source>Kept only in the secret file, on the office&apos;s standalone computer</source>
        <translation>Kept only in the secret file, on the office&apos;s standalone computer</translation>
    </message>
    <message>
        <source>Why the line is corrected; kept with it</source>
        <translation>Why the line is corrected; kept with it</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Correct incoming number %1/%2</source>
        <translation>Correct incoming number %1/%2</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Save the &amp;correction</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Close the form and lose what you typed?</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::IncomingPage</name>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>&amp;Register incoming…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incoming number %1/%2</source>
        <translation>Incoming number %1/%2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>To be recalled by</source>
        <translation>To be recalled by</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Hand-overs</translation>
    </message>
    <message>
        <source>%1: to %2 by %3 %4</source>
        <translation>%1: to %2 by %3 %4</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Incoming number %1/%2: %3</source>
        <translation>Incoming number %1/%2: %3</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Import a register kept in Excel or LibreOffice (.xlsx, .ods, .csv)</source>
        <translation>Import a register kept in Excel or LibreOffice (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <source>Sender…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Handed to…</source>
        <translation>Handed to…</translation>
    </message>
    <message>
        <source>incoming-register</source>
        <translation>incoming-register</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Cance&amp;l the line…</source>
        <translation>Cance&amp;l the line…</translation>
    </message>
    <message>
        <source>Correct the selected line (Ctrl+E)</source>
        <translation>Correct the selected line (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take &amp;back to work</source>
        <translation>Take &amp;back to work</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Take back to work</source>
        <translation>Take back to work</translation>
    </message>
    <message>
        <source>Cancel the line</source>
        <translation>Cancel the line</translation>
    </message>
    <message>
        <source>Cancel incoming number %1/%2? It stays in the register, marked as cancelled with the reason; its number is never used again.</source>
        <translation>Cancel incoming number %1/%2? It stays in the register, marked as cancelled with the reason; its number is never used again.</translation>
    </message>
    <message>
        <source>Cance&amp;l the line</source>
        <translation>Cance&amp;l the line</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in the coming week</source>
        <translation>Due in the coming week</translation>
    </message>
    <message>
        <source>Deadlines of documents not yet done</source>
        <translation>Deadlines of documents not yet done</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Filed in</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::InventoryDialog</name>
    <message>
        <source>&amp;Start the inventory</source>
        <translation>&amp;Start the inventory</translation>
    </message>
    <message>
        <source>Inventory of the assets</source>
        <translation>Inventory of the assets</translation>
    </message>
    <message>
        <source>An inventory lists every item in use, to be checked one by one: scanned, imported from a phone or marked by hand.</source>
        <translation>An inventory lists every item in use, to be checked one by one: scanned, imported from a phone or marked by hand.</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường</source>
        <translation>e.g. Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường</translation>
    </message>
    <message>
        <source>e.g. Quyết định số 15-QĐ/ĐU ngày 25/11/2026</source>
        <translation>e.g. Quyết định số 15-QĐ/ĐU ngày 25/11/2026</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>De&amp;cision:</translation>
    </message>
    <message>
        <source>S&amp;can or type a code, then Enter:</source>
        <translation>S&amp;can or type a code, then Enter:</translation>
    </message>
    <message>
        <source>MT-0001</source>
        <translation>MT-0001</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Room in the book</source>
        <translation>Room in the book</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>&amp;Found</translation>
    </message>
    <message>
        <source>&amp;Elsewhere…</source>
        <translation>&amp;Elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Damaged</source>
        <translation>&amp;Damaged</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>&amp;Missing</translation>
    </message>
    <message>
        <source>E&amp;xtra…</source>
        <translation>E&amp;xtra…</translation>
    </message>
    <message>
        <source>An item found that the register does not hold</source>
        <translation>An item found that the register does not hold</translation>
    </message>
    <message>
        <source>&amp;Import codes…</source>
        <translation>&amp;Import codes…</translation>
    </message>
    <message>
        <source>The list of codes a phone&apos;s scanner app exported (CSV or text)</source>
        <translation>The list of codes a phone&apos;s scanner app exported (CSV or text)</translation>
    </message>
    <message>
        <source>The &amp;rest missing</source>
        <translation>The &amp;rest missing</translation>
    </message>
    <message>
        <source>Every item not yet checked marked missing</source>
        <translation>Every item not yet checked marked missing</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The &amp;reconciliation</source>
        <translation>The &amp;reconciliation</translation>
    </message>
    <message>
        <source>The inventory &amp;record</source>
        <translation>The inventory &amp;record</translation>
    </message>
    <message>
        <source>C&amp;lose the inventory…</source>
        <translation>C&amp;lose the inventory…</translation>
    </message>
    <message>
        <source>Mark every item not yet checked as missing?</source>
        <translation>Mark every item not yet checked as missing?</translation>
    </message>
    <message>
        <source>Inventory of %1 (%2): %3 item(s); %4 found, %5 elsewhere, %6 damaged, %7 missing, %8 not checked; %9 extra(s).</source>
        <translation>Inventory of %1 (%2): %3 item(s); %4 found, %5 elsewhere, %6 damaged, %7 missing, %8 not checked; %9 extra(s).</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>%1 %2: found.</source>
        <translation>%1 %2: found.</translation>
    </message>
    <message>
        <source>%1 %2: already marked (%3).</source>
        <translation>%1 %2: already marked (%3).</translation>
    </message>
    <message>
        <source>%1: no item of the register in use has this code. If it is an item, add it as an extra.</source>
        <translation>%1: no item of the register in use has this code. If it is an item, add it as an extra.</translation>
    </message>
    <message>
        <source>Where was %1 found?</source>
        <translation>Where was %1 found?</translation>
    </message>
    <message>
        <source>An extra</source>
        <translation>An extra</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation>&amp;Value (đồng):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>Give the extra&apos;s value.</source>
        <translation>Give the extra&apos;s value.</translation>
    </message>
    <message>
        <source>The phone&apos;s list of codes</source>
        <translation>The phone&apos;s list of codes</translation>
    </message>
    <message>
        <source>Lists of codes (*.csv *.txt);;All files (*)</source>
        <translation>Lists of codes (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Marked found: %1; already marked: %2.</source>
        <translation>Marked found: %1; already marked: %2.</translation>
    </message>
    <message>
        <source>Codes no item in use has: %1</source>
        <translation>Codes no item in use has: %1</translation>
    </message>
    <message>
        <source>Close the inventory</source>
        <translation>Close the inventory</translation>
    </message>
    <message>
        <source>e.g. 01/BB-KK</source>
        <translation>e.g. 01/BB-KK</translation>
    </message>
    <message>
        <source>needed when an item is missing</source>
        <translation>needed when an item is missing</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Record number:</translation>
    </message>
    <message>
        <source>&amp;Decision on the missing items:</source>
        <translation>&amp;Decision on the missing items:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>The inventory is closed. Print its record from the Print menu of the page.</source>
        <translation>The inventory is closed. Print its record from the Print menu of the page.</translation>
    </message>
    <message>
        <source>Closing applies what the committee agreed: items found elsewhere are handed over there, missing ones are written off as lost under the decision, extras enter the register; damaged ones are said on the record.</source>
        <translation>Closing applies what the committee agreed: items found elsewhere are handed over there, missing ones are written off as lost under the decision, extras enter the register; damaged ones are said on the record.</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>Exp&amp;ort…</translation>
    </message>
    <message>
        <source>The inventory&apos;s lines to .xlsx, .ods or .csv</source>
        <translation>The inventory&apos;s lines to .xlsx, .ods or .csv</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventory</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::KeptPapersBox</name>
    <message>
        <source>Printed papers of its meetings</source>
        <translation>Printed papers of its meetings</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LendDialog</name>
    <message>
        <source>a &amp;user:</source>
        <translation>a &amp;user:</translation>
    </message>
    <message>
        <source>another &amp;person:</source>
        <translation>another &amp;person:</translation>
    </message>
    <message>
        <source>Lend dossier %1/%2</source>
        <translation>Lend dossier %1/%2</translation>
    </message>
    <message>
        <source>(no approval)</source>
        <translation>(no approval)</translation>
    </message>
    <message>
        <source>e.g. Looking up the 2024 resolutions</source>
        <translation>e.g. Looking up the 2024 resolutions</translation>
    </message>
    <message>
        <source>%1 — %2. A secret dossier is lent only to a user cleared to it, with a leader&apos;s approval.</source>
        <translation>%1 — %2. A secret dossier is lent only to a user cleared to it, with a leader&apos;s approval.</translation>
    </message>
    <message>
        <source>Lent to:</source>
        <translation>Lent to:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>Lent &amp;on:</source>
        <translation>Lent &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Due back on:</source>
        <translation>&amp;Due back on:</translation>
    </message>
    <message>
        <source>&amp;Lend</source>
        <translation>&amp;Lend</translation>
    </message>
    <message>
        <source>The borrower&apos;s full name and unit</source>
        <translation>The borrower&apos;s full name and unit</translation>
    </message>
    <message>
        <source>Dossier %1/%2: %3</source>
        <translation>Dossier %1/%2: %3</translation>
    </message>
    <message>
        <source>No user of the file is cleared to this mark.</source>
        <translation>No user of the file is cleared to this mark.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LoansDialog</name>
    <message>
        <source>&amp;Only those not returned</source>
        <translation>&amp;Only those not returned</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>&amp;Returned</translation>
    </message>
    <message>
        <source>Archive loans</source>
        <translation>Archive loans</translation>
    </message>
    <message>
        <source>The selected dossier came back on the day beside</source>
        <translation>The selected dossier came back on the day beside</translation>
    </message>
    <message>
        <source>&amp;Print the lending register…</source>
        <translation>&amp;Print the lending register…</translation>
    </message>
    <message>
        <source>Returned o&amp;n:</source>
        <translation>Returned o&amp;n:</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The office file is locked</source>
        <translation>The office file is locked</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MainWindow</name>
    <message>
        <source>VanPhong – Party committee office</source>
        <translation>VanPhong – Party committee office</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Check the file</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About VanPhong</source>
        <translation>&amp;About VanPhong</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recovery</translation>
    </message>
    <message>
        <source>Back up the office file</source>
        <translation>Back up the office file</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>VanPhong office files (*.vpdb)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was written to %1. It opens with the same users and passwords.</source>
        <translation>The backup was written to %1. It opens with the same users and passwords.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>The file is intact: %1 pages and %2 audit log entries checked.</source>
        <translation>The file is intact: %1 pages and %2 audit log entries checked.</translation>
    </message>
    <message>
        <source>The file is damaged:
%1

Restore it from a backup.</source>
        <translation>The file is damaged:
%1

Restore it from a backup.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>About VanPhong</source>
        <translation>About VanPhong</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VanPhong %1&lt;/h3&gt;&lt;p&gt;Registers and meetings for the office of a commune, ward or special-zone party committee.&lt;/p&gt;&lt;p&gt;All data is kept in one encrypted file (AES-256-GCM, scrypt).&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VanPhong %1&lt;/h3&gt;&lt;p&gt;Registers and meetings for the office of a commune, ward or special-zone party committee.&lt;/p&gt;&lt;p&gt;All data is kept in one encrypted file (AES-256-GCM, scrypt).&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Meeting package (bring it back to the office to merge) · %1</source>
        <translation>Meeting package (bring it back to the office to merge) · %1</translation>
    </message>
    <message>
        <source>VanPhong – Party committee office – SECRET FILE</source>
        <translation>VanPhong – Party committee office – SECRET FILE</translation>
    </message>
    <message>
        <source>Move the secret lines to the secret file…</source>
        <translation>Move the secret lines to the secret file…</translation>
    </message>
    <message>
        <source>Bring in the lines from the ordinary file…</source>
        <translation>Bring in the lines from the ordinary file…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Names and recipient groups…</source>
        <translation>&amp;Names and recipient groups…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>A warning about the office file</source>
        <translation>A warning about the office file</translation>
    </message>
    <message>
        <source>

Warnings given at sign-in, as the log records them:
%1</source>
        <translation>

Warnings given at sign-in, as the log records them:
%1</translation>
    </message>
    <message>
        <source>The file has been altered outside the application:
%1

The problems above name the entries and, where known, whose key wrote them. Go on with a backup made before.</source>
        <translation>The file has been altered outside the application:
%1

The problems above name the entries and, where known, whose key wrote them. Go on with a backup made before.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>e.g. Hội trường Đảng ủy</source>
        <translation>e.g. Hội trường Đảng ủy</translation>
    </message>
    <message>
        <source>One item per line, e.g.
Báo cáo tình hình tháng
Đề án chuyển đổi số</source>
        <translation>One item per line, e.g.
Báo cáo tình hình tháng
Đề án chuyển đổi số</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>&amp;Recorder:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <source>Items to add to the agenda, one per line</source>
        <translation>Items to add to the agenda, one per line</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A meeting marked Mật or above: its minutes and papers are read only by users cleared for it.</source>
        <translation>A meeting marked Mật or above: its minutes and papers are read only by users cleared for it.</translation>
    </message>
    <message>
        <source>Secrec&amp;y:</source>
        <translation>Secrec&amp;y:</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s record</source>
        <translation>Correct the meeting&apos;s record</translation>
    </message>
    <message>
        <source>The meeting is closed. Why are its place, chair or recorder corrected?</source>
        <translation>The meeting is closed. Why are its place, chair or recorder corrected?</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>The date printed on the invitations (giấy mời): the day they are issued, before the meeting.</source>
        <translation>The date printed on the invitations (giấy mời): the day they are issued, before the meeting.</translation>
    </message>
    <message>
        <source>&amp;Invitations dated:</source>
        <translation>&amp;Invitations dated:</translation>
    </message>
    <message>
        <source>Not set yet: the invitations take the day they are numbered (issued), unless a date is saved here.</source>
        <translation>Not set yet: the invitations take the day they are numbered (issued), unless a date is saved here.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MeetingsPage</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>C&amp;lose the meeting…</source>
        <translation>C&amp;lose the meeting…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Preparation</source>
        <translation>&amp;Preparation</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Meetings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meetings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create a meeting with “New meeting…”; its checklist follows from its kind.</source>
        <translation>Create a meeting with “New meeting…”; its checklist follows from its kind.</translation>
    </message>
    <message>
        <source>%1, %2 · chair: %3 · recorder: %4</source>
        <translation>%1, %2 · chair: %3 · recorder: %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The minutes are not complete</source>
        <translation>The minutes are not complete</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>The &amp;minutes…</source>
        <translation>The &amp;minutes…</translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation>&amp;Invitations…</translation>
    </message>
    <message>
        <source>The &amp;sign-in sheet…</source>
        <translation>The &amp;sign-in sheet…</translation>
    </message>
    <message>
        <source>The &amp;programme…</source>
        <translation>The &amp;programme…</translation>
    </message>
    <message>
        <source>The &amp;dossier&apos;s contents…</source>
        <translation>The &amp;dossier&apos;s contents…</translation>
    </message>
    <message>
        <source>&amp;Laptop</source>
        <translation>&amp;Laptop</translation>
    </message>
    <message>
        <source>&amp;Take the meeting to a laptop…</source>
        <translation>&amp;Take the meeting to a laptop…</translation>
    </message>
    <message>
        <source>&amp;Bring it back from a laptop…</source>
        <translation>&amp;Bring it back from a laptop…</translation>
    </message>
    <message>
        <source>Pape&amp;rs</source>
        <translation>Pape&amp;rs</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>Still missing:
- %1

Preview anyway?</source>
        <translation>Still missing:
- %1

Preview anyway?</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Dossier contents</source>
        <translation>Dossier contents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The dossier is not complete</source>
        <translation>The dossier is not complete</translation>
    </message>
    <message>
        <source>The package is written to %1.
On the laptop, open it in VanPhong as %2 with the package&apos;s password.</source>
        <translation>The package is written to %1.
On the laptop, open it in VanPhong as %2 with the package&apos;s password.</translation>
    </message>
    <message>
        <source>Bring the meeting back from a laptop</source>
        <translation>Bring the meeting back from a laptop</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;All files (*)</source>
        <translation>Meeting packages (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>Package password</source>
        <translation>Package password</translation>
    </message>
    <message>
        <source>Password of the package %1:</source>
        <translation>Password of the package %1:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Committee &amp;members…</source>
        <translation>Committee &amp;members…</translation>
    </message>
    <message>
        <source>Choose a meeting to see its preparation, attendance and minutes.</source>
        <translation>Choose a meeting to see its preparation, attendance and minutes.</translation>
    </message>
    <message>
        <source>The meeting of %1 began at %2. When did it end?</source>
        <translation>The meeting of %1 began at %2. When did it end?</translation>
    </message>
    <message>
        <source>&amp;Close the meeting</source>
        <translation>&amp;Close the meeting</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Ended at:</translation>
    </message>
    <message>
        <source>The invitation has no number yet: printed now, it is a proof marked DỰ THẢO, with a blank number and date.

Issue it first: take its number in the outgoing register, dated the invitation&apos;s own date?</source>
        <translation>The invitation has no number yet: printed now, it is a proof marked DỰ THẢO, with a blank number and date.

Issue it first: take its number in the outgoing register, dated the invitation&apos;s own date?</translation>
    </message>
    <message>
        <source>&amp;Number and print</source>
        <translation>&amp;Number and print</translation>
    </message>
    <message>
        <source>Print the &amp;proof</source>
        <translation>Print the &amp;proof</translation>
    </message>
    <message>
        <source>The dossier of the meeting: %1 of %2</source>
        <translation>The dossier of the meeting: %1 of %2</translation>
    </message>
    <message>
        <source>Filed in: %1</source>
        <translation>Filed in: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MembersDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Standing committee</source>
        <translation>Standing committee</translation>
    </message>
    <message>
        <source>Standing members</source>
        <translation>Standing members</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>&amp;Standing committee</source>
        <translation>&amp;Standing committee</translation>
    </message>
    <message>
        <source>Standing &amp;member</source>
        <translation>Standing &amp;member</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>e.g. Phó Bí thư, Ủy viên Ban Thường vụ</source>
        <translation>e.g. Phó Bí thư, Ủy viên Ban Thường vụ</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Left the committee today</source>
        <translation>&amp;Left the committee today</translation>
    </message>
    <message>
        <source>Add the committee&apos;s term on the office profile page first.</source>
        <translation>Add the committee&apos;s term on the office profile page first.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>&amp;Correct the selected…</source>
        <translation>&amp;Correct the selected…</translation>
    </message>
    <message>
        <source>A mistyped name or position: the entry is corrected with a reason; meetings not yet closed invite the corrected name</source>
        <translation>A mistyped name or position: the entry is corrected with a reason; meetings not yet closed invite the corrected name</translation>
    </message>
    <message>
        <source>Correct a member</source>
        <translation>Correct a member</translation>
    </message>
    <message>
        <source>Why is %1&apos;s entry corrected?</source>
        <translation>Why is %1&apos;s entry corrected?</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>&amp;Save the correction…</source>
        <translation>&amp;Save the correction…</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MinutesTab</name>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Who speaks</translation>
    </message>
    <message>
        <source>The gist of what was said, or what is voted on</source>
        <translation>The gist of what was said, or what is voted on</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusion on this item</source>
        <translation>The chair&apos;s conclusion on this item</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstaining</translation>
    </message>
    <message>
        <source>&amp;Next entry (Ctrl+Enter)</source>
        <translation>&amp;Next entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;What was said:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes:</translation>
    </message>
    <message>
        <source>Vote: %1 — for %2, against %3, abstaining %4</source>
        <translation>Vote: %1 — for %2, against %3, abstaining %4</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MoneyField</name>
    <message>
        <source>Give the amount in đồng.</source>
        <translation>Give the amount in đồng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of whole đồng: write it as 12.500.000 or 12500000.</source>
        <translation>&quot;%1&quot; is not an amount of whole đồng: write it as 12.500.000 or 12500000.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MovementDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>unchanged (the rate goes on)</source>
        <translation>unchanged (the rate goes on)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Life left:</source>
        <translation>&amp;Life left:</translation>
    </message>
    <message>
        <source>To &amp;room:</source>
        <translation>To &amp;room:</translation>
    </message>
    <message>
        <source>To &amp;keeper:</source>
        <translation>To &amp;keeper:</translation>
    </message>
    <message>
        <source>Hand-over &amp;record:</source>
        <translation>Hand-over &amp;record:</translation>
    </message>
    <message>
        <source>e.g. 05/BB-VP</source>
        <translation>e.g. 05/BB-VP</translation>
    </message>
    <message>
        <source>&amp;Cost (đồng):</source>
        <translation>&amp;Cost (đồng):</translation>
    </message>
    <message>
        <source>&amp;What was repaired:</source>
        <translation>&amp;What was repaired:</translation>
    </message>
    <message>
        <source>e.g. Thay bo mạch nguồn</source>
        <translation>e.g. Thay bo mạch nguồn</translation>
    </message>
    <message>
        <source>&amp;Still under repair</source>
        <translation>&amp;Still under repair</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Cost added (đồng):</source>
        <translation>&amp;Cost added (đồng):</translation>
    </message>
    <message>
        <source>&amp;Decision or invoice:</source>
        <translation>&amp;Decision or invoice:</translation>
    </message>
    <message>
        <source>e.g. HĐ 0004567 ngày 10/6/2026</source>
        <translation>e.g. HĐ 0004567 ngày 10/6/2026</translation>
    </message>
    <message>
        <source>&amp;New cost (đồng):</source>
        <translation>&amp;New cost (đồng):</translation>
    </message>
    <message>
        <source>&amp;Accumulated depreciation (đồng):</source>
        <translation>&amp;Accumulated depreciation (đồng):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>e.g. QĐ 20-QĐ/ĐU ngày 01/7/2026</source>
        <translation>e.g. QĐ 20-QĐ/ĐU ngày 01/7/2026</translation>
    </message>
    <message>
        <source>e.g. QĐ 12-QĐ/ĐU ngày 01/02/2026</source>
        <translation>e.g. QĐ 12-QĐ/ĐU ngày 01/02/2026</translation>
    </message>
    <message>
        <source>Disposal &amp;record:</source>
        <translation>Disposal &amp;record:</translation>
    </message>
    <message>
        <source>e.g. 02/BB-TL</source>
        <translation>e.g. 02/BB-TL</translation>
    </message>
    <message>
        <source>&amp;Proceeds (đồng):</source>
        <translation>&amp;Proceeds (đồng):</translation>
    </message>
    <message>
        <source>Loss &amp;record:</source>
        <translation>Loss &amp;record:</translation>
    </message>
    <message>
        <source>e.g. 03/BB</source>
        <translation>e.g. 03/BB</translation>
    </message>
    <message>
        <source>To the &amp;body:</source>
        <translation>To the &amp;body:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân xã</source>
        <translation>e.g. Ủy ban nhân dân xã</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NameListTab</name>
    <message>
        <source>Co&amp;rrect the spelling…</source>
        <translation>Co&amp;rrect the spelling…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Find a name (with or without diacritics)…</source>
        <translation>Find a name (with or without diacritics)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Also written</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Remove the &amp;unused…</source>
        <translation>Remove the &amp;unused…</translation>
    </message>
    <message>
        <source>The old spelling is kept as another way of writing it</source>
        <translation>The old spelling is kept as another way of writing it</translation>
    </message>
    <message>
        <source>Two spellings of one body: keep one; lines already registered stay as written</source>
        <translation>Two spellings of one body: keep one; lines already registered stay as written</translation>
    </message>
    <message>
        <source>Names that no register line carries any more</source>
        <translation>Names that no register line carries any more</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Add a name</translation>
    </message>
    <message>
        <source>Name, as it should be written:</source>
        <translation>Name, as it should be written:</translation>
    </message>
    <message>
        <source>Correct the spelling</source>
        <translation>Correct the spelling</translation>
    </message>
    <message>
        <source>How &quot;%1&quot; should be written (the old spelling is remembered):</source>
        <translation>How &quot;%1&quot; should be written (the old spelling is remembered):</translation>
    </message>
    <message>
        <source>Merge two spellings</source>
        <translation>Merge two spellings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is another spelling of:</source>
        <translation>&quot;%1&quot; is another spelling of:</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; and offer it instead of &quot;%2&quot;?

Lines already registered keep what was written; correct a line in its register if the book must show the other spelling.</source>
        <translation>Keep &quot;%1&quot; and offer it instead of &quot;%2&quot;?

Lines already registered keep what was written; correct a line in its register if the book must show the other spelling.</translation>
    </message>
    <message numerus="yes">
        <source>%n register line(s) carry it; they keep it, but it will no longer be offered.</source>
        <translation>
            <numerusform>%n register line(s) carry it; they keep it, but it will no longer be offered.</numerusform>
            <numerusform>%n register line(s) carry it; they keep it, but it will no longer be offered.</numerusform>
        </translation>
    </message>
    <message>
        <source>No register line carries it.</source>
        <translation>No register line carries it.</translation>
    </message>
    <message>
        <source>Remove a name</source>
        <translation>Remove a name</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list?

%2</source>
        <translation>Remove &quot;%1&quot; from the list?

%2</translation>
    </message>
    <message>
        <source>Remove the unused</source>
        <translation>Remove the unused</translation>
    </message>
    <message>
        <source>Every name in the list is carried by a register line.</source>
        <translation>Every name in the list is carried by a register line.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n name(s) that no register line carries?</source>
        <translation>
            <numerusform>Remove the %n name(s) that no register line carries?</numerusform>
            <numerusform>Remove the %n name(s) that no register line carries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NamesDialog</name>
    <message>
        <source>Names and recipient groups</source>
        <translation>Names and recipient groups</translation>
    </message>
    <message>
        <source>The forms offer these names as you type. Correct a spelling, merge two spellings of one body, remove names no longer used. Register lines are corrected in their register.</source>
        <translation>The forms offer these names as you type. Correct a spelling, merge two spellings of one body, remove names no longer used. Register lines are corrected in their register.</translation>
    </message>
    <message>
        <source>&amp;Senders</source>
        <translation>&amp;Senders</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Recipients</translation>
    </message>
    <message>
        <source>&amp;Handed to</source>
        <translation>&amp;Handed to</translation>
    </message>
    <message>
        <source>Recipient &amp;groups</source>
        <translation>Recipient &amp;groups</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>The office chief who leaves may know the old recovery code, so the file gets a new one with its new key. Print it or write it down, keep it locked away, then type it below. Until then the file keeps its key and its old code.</source>
        <translation>The office chief who leaves may know the old recovery code, so the file gets a new one with its new key. Print it or write it down, keep it locked away, then type it below. Until then the file keeps its key and its old code.</translation>
    </message>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;Print the code…</translation>
    </message>
    <message>
        <source>&amp;Type the new code again:</source>
        <translation>&amp;Type the new code again:</translation>
    </message>
    <message>
        <source>&amp;Use the new code</source>
        <translation>&amp;Use the new code</translation>
    </message>
    <message>
        <source>This is not the code shown above.</source>
        <translation>This is not the code shown above.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::OutgoingEditor</name>
    <message>
        <source>A document of the &amp;congress (its own series)</source>
        <translation>A document of the &amp;congress (its own series)</translation>
    </message>
    <message>
        <source>Number an outgoing document</source>
        <translation>Number an outgoing document</translation>
    </message>
    <message>
        <source>(signs as head)</source>
        <translation>(signs as head)</translation>
    </message>
    <message>
        <source>One recipient per line; &quot;Lưu Văn phòng&quot; is added last</source>
        <translation>One recipient per line; &quot;Lưu Văn phòng&quot; is added last</translation>
    </message>
    <message>
        <source>Incoming number it answers, e.g. 12/2026</source>
        <translation>Incoming number it answers, e.g. 12/2026</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Dated:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerpt:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>urgency:</source>
        <translation>urgency:</translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>copies:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Se&amp;cret:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Answers:</translation>
    </message>
    <message>
        <source>&amp;Reserve the number</source>
        <translation>&amp;Reserve the number</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Why the line is corrected; kept with it</source>
        <translation>Why the line is corrected; kept with it</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Save the &amp;correction</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Close the form and lose what you typed?</translation>
    </message>
    <message>
        <source>No term yet</source>
        <translation>No term yet</translation>
    </message>
    <message>
        <source>No term of the committee covers %1, and outgoing numbers run through a term. Add the term now? What you typed stays.</source>
        <translation>No term of the committee covers %1, and outgoing numbers run through a term. Add the term now? What you typed stays.</translation>
    </message>
    <message>
        <source>Add a recipient or a group from the list (Enter)…</source>
        <translation>Add a recipient or a group from the list (Enter)…</translation>
    </message>
    <message>
        <source>A group (&quot;Các chi bộ trực thuộc&quot;) adds each of its members</source>
        <translation>A group (&quot;Các chi bộ trực thuộc&quot;) adds each of its members</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::OutgoingPage</name>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Re&amp;lease the number</source>
        <translation>Re&amp;lease the number</translation>
    </message>
    <message>
        <source>&amp;Number an outgoing document…</source>
        <translation>&amp;Number an outgoing document…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Before it can be issued</source>
        <translation>Before it can be issued</translation>
    </message>
    <message>
        <source>Release the number</source>
        <translation>Release the number</translation>
    </message>
    <message>
        <source>Give up number %1? It stays in the register, marked, and is never used again.</source>
        <translation>Give up number %1? It stays in the register, marked, and is never used again.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Import last year&apos;s outgoing register from Excel or LibreOffice (.xlsx, .ods, .csv)</source>
        <translation>Import last year&apos;s outgoing register from Excel or LibreOffice (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <source>outgoing-register</source>
        <translation>outgoing-register</translation>
    </message>
    <message>
        <source>Re&amp;lease the number…</source>
        <translation>Re&amp;lease the number…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Correct the selected line (Ctrl+E)</source>
        <translation>Correct the selected line (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l the document…</source>
        <translation>Cance&amp;l the document…</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Cancelled on %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel the document</source>
        <translation>Cancel the document</translation>
    </message>
    <message>
        <source>Cancel %1, which was issued? It stays in the register, marked as cancelled with the reason; its number is never used again.</source>
        <translation>Cancel %1, which was issued? It stays in the register, marked as cancelled with the reason; its number is never used again.</translation>
    </message>
    <message>
        <source>Cance&amp;l the document</source>
        <translation>Cance&amp;l the document</translation>
    </message>
    <message>
        <source>Issue %1 now? After that only the office chief can cancel it.</source>
        <translation>Issue %1 now? After that only the office chief can cancel it.</translation>
    </message>
    <message>
        <source>&amp;Draft from template…</source>
        <translation>&amp;Draft from template…</translation>
    </message>
    <message>
        <source>The document&apos;s draft from its type&apos;s template, with the heading, number, date, excerpt, signing block and recipients filled in, opened in your word processor; attach it when finished (Ctrl+Shift+D)</source>
        <translation>The document&apos;s draft from its type&apos;s template, with the heading, number, date, excerpt, signing block and recipients filled in, opened in your word processor; attach it when finished (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation>Draft from template</translation>
    </message>
    <message>
        <source>Number %1 is reserved. Draft the document from its type&apos;s template now? The draft opens in the word processor with the heading, number, date, excerpt, signing block and recipients filled in.</source>
        <translation>Number %1 is reserved. Draft the document from its type&apos;s template now? The draft opens in the word processor with the heading, number, date, excerpt, signing block and recipients filled in.</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Filed in</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PackageExportDialog</name>
    <message>
        <source>Take the meeting to a laptop</source>
        <translation>Take the meeting to a laptop</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The package is a file of its own, encrypted with its own password. Copy it to the laptop and open it there in VanPhong as %1 with this password; record attendance and minutes; bring the file back and import it here.</source>
        <translation>The package is a file of its own, encrypted with its own password. Copy it to the laptop and open it there in VanPhong as %1 with this password; record attendance and minutes; bring the file back and import it here.</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>Package &amp;file:</translation>
    </message>
    <message>
        <source>Package &amp;password:</source>
        <translation>Package &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Write the package</source>
        <translation>&amp;Write the package</translation>
    </message>
    <message>
        <source>Meeting package</source>
        <translation>Meeting package</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1)</source>
        <translation>Meeting packages (*.%1)</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choose where to write the package.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PackageImportDialog</name>
    <message>
        <source>Bring the meeting back from a laptop</source>
        <translation>Bring the meeting back from a laptop</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Package written on %2 by %3. Nothing is written until you press “Write the changes”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Package written on %2 by %3. Nothing is written until you press “Write the changes”.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Keep the &amp;office&apos;s values</source>
        <translation>Keep the &amp;office&apos;s values</translation>
    </message>
    <message>
        <source>Take the &amp;laptop&apos;s values</source>
        <translation>Take the &amp;laptop&apos;s values</translation>
    </message>
    <message>
        <source>All conflicts:</source>
        <translation>All conflicts:</translation>
    </message>
    <message>
        <source>&amp;Write the changes</source>
        <translation>&amp;Write the changes</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Keep the office&apos;s</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s</source>
        <translation>Take the laptop&apos;s</translation>
    </message>
    <message>
        <source>from the laptop</source>
        <translation>from the laptop</translation>
    </message>
    <message>
        <source>The package brings no change back. Writing marks it as brought back.</source>
        <translation>The package brings no change back. Writing marks it as brought back.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;%n conflict(s): the same thing was changed at the office and on the laptop. Choose which to keep.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;%n conflict: the same thing was changed at the office and on the laptop. Choose which to keep.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;%n conflicts: the same thing was changed at the office and on the laptop. Choose which to keep.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) ready to be written.</source>
        <translation>
            <numerusform>%n change ready to be written.</numerusform>
            <numerusform>%n changes ready to be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 change(s) written, %2 kept as at the office.</source>
        <translation>%1 change(s) written, %2 kept as at the office.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PaperNumbersBar</name>
    <message>
        <source>Number the in&amp;vitation</source>
        <translation>Number the in&amp;vitation</translation>
    </message>
    <message>
        <source>Number the mi&amp;nutes</source>
        <translation>Number the mi&amp;nutes</translation>
    </message>
    <message>
        <source>Takes the invitation&apos;s number in the outgoing register, dated the invitation&apos;s own date.</source>
        <translation>Takes the invitation&apos;s number in the outgoing register, dated the invitation&apos;s own date.</translation>
    </message>
    <message>
        <source>Takes the minutes&apos; number in the outgoing register, dated today; complete minutes only.</source>
        <translation>Takes the minutes&apos; number in the outgoing register, dated today; complete minutes only.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: no number yet</source>
        <translation>%1: no number yet</translation>
    </message>
    <message>
        <source>Take the minutes&apos; number in the outgoing register now? The number is kept for these minutes and printed on every copy; it is never used again.</source>
        <translation>Take the minutes&apos; number in the outgoing register now? The number is kept for these minutes and printed on every copy; it is never used again.</translation>
    </message>
    <message>
        <source>Take the invitation&apos;s number in the outgoing register now, dated the invitation&apos;s own date? Every invitation printed after shows it; it is never used again.</source>
        <translation>Take the invitation&apos;s number in the outgoing register now, dated the invitation&apos;s own date? Every invitation printed after shows it; it is never used again.</translation>
    </message>
    <message>
        <source>%1, dated %2, is in the outgoing register.</source>
        <translation>%1, dated %2, is in the outgoing register.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PapersTab</name>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Re&amp;called in the room</source>
        <translation>Re&amp;called in the room</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Given at</translation>
    </message>
    <message>
        <source>e.g. Dự thảo Nghị quyết về chuyển đổi số</source>
        <translation>e.g. Dự thảo Nghị quyết về chuyển đổi số</translation>
    </message>
    <message>
        <source>Add the &amp;paper</source>
        <translation>Add the &amp;paper</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>&amp;Returned</translation>
    </message>
    <message>
        <source>Papers of the meeting</source>
        <translation>Papers of the meeting</translation>
    </message>
    <message>
        <source>Recall list: copies not yet returned</source>
        <translation>Recall list: copies not yet returned</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Choose the paper to hand out.</source>
        <translation>Choose the paper to hand out.</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>A&amp;ttach a file…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Choose the paper the file belongs to.</source>
        <translation>Choose the paper the file belongs to.</translation>
    </message>
    <message>
        <source>Attach a file to the paper</source>
        <translation>Attach a file to the paper</translation>
    </message>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>&amp;Sent ahead on</source>
        <translation>&amp;Sent ahead on</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>&amp;Hand out</translation>
    </message>
    <message>
        <source>Copy of the selected paper to:</source>
        <translation>Copy of the selected paper to:</translation>
    </message>
    <message>
        <source>everyone invited</source>
        <translation>everyone invited</translation>
    </message>
    <message>
        <source>Numbers of the invitation and the minutes</source>
        <translation>Numbers of the invitation and the minutes</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>New password for %1. They will be asked to choose their own at sign-in.</source>
        <translation>New password for %1. They will be asked to choose their own at sign-in.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>Your password was set by the office chief. Choose one that only you know.</source>
        <translation>Your password was set by the office chief. Choose one that only you know.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PlanApprovalDialog</name>
    <message>
        <source>Approve the dossier list of %1</source>
        <translation>Approve the dossier list of %1</translation>
    </message>
    <message>
        <source>Who signed it, e.g. Nguyễn Văn An</source>
        <translation>Who signed it, e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Record the approval of the dossier list of %1 as the leader signed it on paper. The list stays open to dossiers added during the year.</source>
        <translation>Record the approval of the dossier list of %1 as the leader signed it on paper. The list stays open to dossiers added during the year.</translation>
    </message>
    <message>
        <source>This list was approved on %1 by %2. Approve it again only for the supplemented list the leader signed later: the new approval replaces that one, which the audit log keeps.</source>
        <translation>This list was approved on %1 by %2. Approve it again only for the supplemented list the leader signed later: the new approval replaces that one, which the audit log keeps.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfileForm</name>
    <message>
        <source>e.g. ĐẢNG BỘ TỈNH ĐỒNG NAI</source>
        <translation>e.g. ĐẢNG BỘ TỈNH ĐỒNG NAI</translation>
    </message>
    <message>
        <source>e.g. ĐU, as in Số 20-NQ/ĐU</source>
        <translation>e.g. ĐU, as in Số 20-NQ/ĐU</translation>
    </message>
    <message>
        <source>e.g. Tân Phú</source>
        <translation>e.g. Tân Phú</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <source>Higher party organisation:</source>
        <translation>Higher party organisation:</translation>
    </message>
    <message>
        <source>&amp;Issuer abbreviation:</source>
        <translation>&amp;Issuer abbreviation:</translation>
    </message>
    <message>
        <source>P&amp;lace name for dates:</source>
        <translation>P&amp;lace name for dates:</translation>
    </message>
    <message>
        <source>Office &amp;chief:</source>
        <translation>Office &amp;chief:</translation>
    </message>
    <message>
        <source>&amp;Deputy chiefs:</source>
        <translation>&amp;Deputy chiefs:</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG ỦY XÃ TÂN PHÚ</source>
        <translation>e.g. ĐẢNG ỦY XÃ TÂN PHÚ</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG BỘ XÃ TÂN PHÚ (taken from the committee when left empty)</source>
        <translation>e.g. ĐẢNG BỘ XÃ TÂN PHÚ (taken from the committee when left empty)</translation>
    </message>
    <message>
        <source>The executive committee as a paper names it, such as Ban Chấp hành Đảng bộ</source>
        <translation>The executive committee as a paper names it, such as Ban Chấp hành Đảng bộ</translation>
    </message>
    <message>
        <source>The standing committee as a paper names it, such as Ban Thường vụ Đảng ủy</source>
        <translation>The standing committee as a paper names it, such as Ban Thường vụ Đảng ủy</translation>
    </message>
    <message>
        <source>The standing members as a paper names them, such as Thường trực Đảng ủy</source>
        <translation>The standing members as a paper names them, such as Thường trực Đảng ủy</translation>
    </message>
    <message>
        <source>&amp;Party committee (issuing body):</source>
        <translation>&amp;Party committee (issuing body):</translation>
    </message>
    <message>
        <source>Party &amp;organisation (Đảng bộ):</source>
        <translation>Party &amp;organisation (Đảng bộ):</translation>
    </message>
    <message>
        <source>Secret documents have their own series; this mark after the issuer (Số 01-NQ/ĐU-M) keeps their symbols apart from the ordinary ones</source>
        <translation>Secret documents have their own series; this mark after the issuer (Số 01-NQ/ĐU-M) keeps their symbols apart from the ordinary ones</translation>
    </message>
    <message>
        <source>Secret series mar&amp;k:</source>
        <translation>Secret series mar&amp;k:</translation>
    </message>
    <message>
        <source>The congress&apos;s documents share one series; this issuer (Số 01-NQ/ĐH) keeps their symbols apart from the committee&apos;s</source>
        <translation>The congress&apos;s documents share one series; this issuer (Số 01-NQ/ĐH) keeps their symbols apart from the committee&apos;s</translation>
    </message>
    <message>
        <source>Congress&apos;s iss&amp;uer:</source>
        <translation>Congress&apos;s iss&amp;uer:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Office profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Office profile&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These names appear in the header of every document and report the office prints.</source>
        <translation>These names appear in the header of every document and report the office prints.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfileWizardPage</name>
    <message>
        <source>The party organisation</source>
        <translation>The party organisation</translation>
    </message>
    <message>
        <source>How the committee is named on its documents. You can change this later.</source>
        <translation>How the committee is named on its documents. You can change this later.</translation>
    </message>
    <message>
        <source>e.g. Khóa XV (2025-2030)</source>
        <translation>e.g. Khóa XV (2025-2030)</translation>
    </message>
    <message>
        <source>The committee&apos;s current term</source>
        <translation>The committee&apos;s current term</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Started on:</translation>
    </message>
    <message>
        <source>Name the committee&apos;s current term (nhiệm kỳ).</source>
        <translation>Name the committee&apos;s current term (nhiệm kỳ).</translation>
    </message>
    <message>
        <source>The day the term started: %1</source>
        <translation>The day the term started: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Kept with the line and printed in the book</source>
        <translation>Kept with the line and printed in the book</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RecipientGroupsTab</name>
    <message>
        <source>Re&amp;move the group</source>
        <translation>Re&amp;move the group</translation>
    </message>
    <message>
        <source>One recipient per line, as on the paper</source>
        <translation>One recipient per line, as on the paper</translation>
    </message>
    <message>
        <source>e.g. Các chi bộ trực thuộc</source>
        <translation>e.g. Các chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <source>&amp;Save the group</source>
        <translation>&amp;Save the group</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Group &amp;name:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Mem&amp;bers:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member(s))</numerusform>
            <numerusform>%1 (%n member(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient groups</source>
        <translation>Recipient groups</translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot;? Documents already registered keep their recipients.</source>
        <translation>Remove the group &quot;%1&quot;? Documents already registered keep their recipients.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RecoveryCodePage</name>
    <message>
        <source>I have &amp;printed or written down the recovery code and will keep it locked away</source>
        <translation>I have &amp;printed or written down the recovery code and will keep it locked away</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>If the office chief forgets the password, this code is the only way back into the file. It is shown only now.</source>
        <translation>If the office chief forgets the password, this code is the only way back into the file. It is shown only now.</translation>
    </message>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;Print the code…</translation>
    </message>
    <message>
        <source>Keep it apart from the computer, for example in the office safe. Anyone with this code can open the file.</source>
        <translation>Keep it apart from the computer, for example in the office safe. Anyone with this code can open the file.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RegisterPage</name>
    <message>
        <source>Search (with or without diacritics)…</source>
        <translation>Search (with or without diacritics)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the list as filtered to .xlsx, .ods or .csv</source>
        <translation>Save the list as filtered to .xlsx, .ods or .csv</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;Print the register…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)</source>
        <translation>Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RegisterPrintDialog</name>
    <message>
        <source>The separate book of &amp;secret documents</source>
        <translation>The separate book of &amp;secret documents</translation>
    </message>
    <message>
        <source>Print the incoming register</source>
        <translation>Print the incoming register</translation>
    </message>
    <message>
        <source>Print the outgoing register</source>
        <translation>Print the outgoing register</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Save as PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RetentionReviewDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>D&amp;estroy…</source>
        <translation>D&amp;estroy…</translation>
    </message>
    <message>
        <source>&amp;Print its papers…</source>
        <translation>&amp;Print its papers…</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <source>e.g. 05/QĐ-HĐ</source>
        <translation>e.g. 05/QĐ-HĐ</translation>
    </message>
    <message>
        <source>The council that weighed them (optional)</source>
        <translation>The council that weighed them (optional)</translation>
    </message>
    <message>
        <source>Print the &amp;list…</source>
        <translation>Print the &amp;list…</translation>
    </message>
    <message>
        <source>The list of records past their retention (danh mục tài liệu hết giá trị), for the council</source>
        <translation>The list of records past their retention (danh mục tài liệu hết giá trị), for the council</translation>
    </message>
    <message>
        <source>1. Past their retention, proposed for destruction</source>
        <translation>1. Past their retention, proposed for destruction</translation>
    </message>
    <message>
        <source>Counted from 1 January after each dossier was closed; permanent dossiers are never proposed. Select those the council decided to destroy and record its decision.</source>
        <translation>Counted from 1 January after each dossier was closed; permanent dossiers are never proposed. Select those the council decided to destroy and record its decision.</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>Decision d&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Council:</translation>
    </message>
    <message>
        <source>Retention &amp;table…</source>
        <translation>Retention &amp;table…</translation>
    </message>
    <message>
        <source>How long each kind of dossier is kept</source>
        <translation>How long each kind of dossier is kept</translation>
    </message>
    <message>
        <source>2. Decisions and destructions</source>
        <translation>2. Decisions and destructions</translation>
    </message>
    <message>
        <source>on %1, record %2</source>
        <translation>on %1, record %2</translation>
    </message>
    <message>
        <source>not yet: waiting to be carried out</source>
        <translation>not yet: waiting to be carried out</translation>
    </message>
    <message>
        <source>Select the dossiers the council decided to destroy.</source>
        <translation>Select the dossiers the council decided to destroy.</translation>
    </message>
    <message>
        <source>Destroyed. Print the destruction record and its list now?</source>
        <translation>Destroyed. Print the destruction record and its list now?</translation>
    </message>
    <message>
        <source>Number of dossiers</source>
        <translation>Number of dossiers</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RetentionRulesDialog</name>
    <message>
        <source>Retention table</source>
        <translation>Retention table</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Kind of records</translation>
    </message>
    <message>
        <source>Years (0: permanent)</source>
        <translation>Years (0: permanent)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>How long each kind of dossier is kept. The defaults follow Hướng dẫn 35-HD/VPTW as far as it could be read and are marked to be checked: correct them against the text the office holds. A change applies to dossiers given a retention from now on.</source>
        <translation>How long each kind of dossier is kept. The defaults follow Hướng dẫn 35-HD/VPTW as far as it could be read and are marked to be checked: correct them against the text the office holds. A change applies to dossiers given a retention from now on.</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Add a row</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>&amp;Remove the row</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SecretFileBanner</name>
    <message>
        <source>This is the office&apos;s &amp;standalone computer</source>
        <translation>This is the office&apos;s &amp;standalone computer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the secret file, and this computer is connected to a network (%1).&lt;/b&gt; State secrets may be kept only on a computer that is not and has never been connected to the Internet or another network (Law on Protection of State Secrets, article 5). Disconnect it, or use the office&apos;s standalone computer.</source>
        <translation>&lt;b&gt;This is the secret file, and this computer is connected to a network (%1).&lt;/b&gt; State secrets may be kept only on a computer that is not and has never been connected to the Internet or another network (Law on Protection of State Secrets, article 5). Disconnect it, or use the office&apos;s standalone computer.</translation>
    </message>
    <message>
        <source>Standalone computer</source>
        <translation>Standalone computer</translation>
    </message>
    <message>
        <source>Confirm that this computer is the office&apos;s standalone computer for secrets, although %1 is up? Your confirmation is written to the audit log.</source>
        <translation>Confirm that this computer is the office&apos;s standalone computer for secrets, although %1 is up? Your confirmation is written to the audit log.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SecretTransferDialog</name>
    <message>
        <source>Move the secret lines to the secret file</source>
        <translation>Move the secret lines to the secret file</translation>
    </message>
    <message>
        <source>Bring in the lines from the ordinary file</source>
        <translation>Bring in the lines from the ordinary file</translation>
    </message>
    <message>
        <source>The Mật and higher lines of both registers that were not moved yet are written to a file of their own, encrypted with the password you choose here. Copy it to removable media, bring it into the secret file on the office&apos;s standalone computer, then delete it from the media. The move is recorded in both files.</source>
        <translation>The Mật and higher lines of both registers that were not moved yet are written to a file of their own, encrypted with the password you choose here. Copy it to removable media, bring it into the secret file on the office&apos;s standalone computer, then delete it from the media. The move is recorded in both files.</translation>
    </message>
    <message>
        <source>Choose the transfer file written on the ordinary file and type its password. The lines are checked first and keep their numbers; then fill in their excerpts here.</source>
        <translation>Choose the transfer file written on the ordinary file and type its password. The lines are checked first and keep their numbers; then fill in their excerpts here.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Transfer &amp;file:</source>
        <translation>Transfer &amp;file:</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>Its &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Write the transfer file</source>
        <translation>&amp;Write the transfer file</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>C&amp;heck the file</translation>
    </message>
    <message>
        <source>Transfer files (*.%1)</source>
        <translation>Transfer files (*.%1)</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <source>Choose the transfer file.</source>
        <translation>Choose the transfer file.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines were written to %3.</source>
        <translation>%1 incoming and %2 outgoing lines were written to %3.</translation>
    </message>
    <message>
        <source>&amp;Bring them in</source>
        <translation>&amp;Bring them in</translation>
    </message>
    <message>
        <source>Exported by %1 on %2: %3 incoming and %4 outgoing lines to bring in; %5 are here already.</source>
        <translation>Exported by %1 on %2: %3 incoming and %4 outgoing lines to bring in; %5 are here already.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines were brought in.</source>
        <translation>%1 incoming and %2 outgoing lines were brought in.</translation>
    </message>
    <message>
        <source>Fill in the excerpt of: %1</source>
        <translation>Fill in the excerpt of: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SettingsPage</name>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Lock after no use for:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time VanPhong starts.</source>
        <translation>A change of language takes effect the next time VanPhong starts.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Register a new document (incoming or outgoing page)</source>
        <translation>Register a new document (incoming or outgoing page)</translation>
    </message>
    <message>
        <source>Go to the search box of the page</source>
        <translation>Go to the search box of the page</translation>
    </message>
    <message>
        <source>Correct the selected line</source>
        <translation>Correct the selected line</translation>
    </message>
    <message>
        <source>Preview and print the register book</source>
        <translation>Preview and print the register book</translation>
    </message>
    <message>
        <source>Save the register book, or the paper previewed, as PDF</source>
        <translation>Save the register book, or the paper previewed, as PDF</translation>
    </message>
    <message>
        <source>Lock the window (the file is closed; what is being typed is kept)</source>
        <translation>Lock the window (the file is closed; what is being typed is kept)</translation>
    </message>
    <message>
        <source>In a form: save (and start the next document)</source>
        <translation>In a form: save (and start the next document)</translation>
    </message>
    <message>
        <source>In a form: close it (asks first when something was typed)</source>
        <translation>In a form: close it (asks first when something was typed)</translation>
    </message>
    <message>
        <source>Next field (a date or a time is left with one press)</source>
        <translation>Next field (a date or a time is left with one press)</translation>
    </message>
    <message>
        <source>In a date: open the calendar (also F4)</source>
        <translation>In a date: open the calendar (also F4)</translation>
    </message>
    <message>
        <source>In a date: the next day (Down: the day before)</source>
        <translation>In a date: the next day (Down: the day before)</translation>
    </message>
    <message>
        <source>In the minutes: the next entry</source>
        <translation>In the minutes: the next entry</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Open the user guide</translation>
    </message>
    <message>
        <source>Draft the selected outgoing document from its type&apos;s template</source>
        <translation>Draft the selected outgoing document from its type&apos;s template</translation>
    </message>
    <message>
        <source>The start page (Ctrl+2 incoming, Ctrl+3 outgoing, Ctrl+4 meetings, Ctrl+5 archive, Ctrl+6 assets … Ctrl+9 settings)</source>
        <translation>The start page (Ctrl+2 incoming, Ctrl+3 outgoing, Ctrl+4 meetings, Ctrl+5 archive, Ctrl+6 assets … Ctrl+9 settings)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::StartPage</name>
    <message>
        <source>(office profile not filled in yet)</source>
        <translation>(office profile not filled in yet)</translation>
    </message>
    <message>
        <source>Party committee office</source>
        <translation>Party committee office</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opened with the recovery code.</source>
        <translation>Opened with the recovery code.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3. File: %4</source>
        <translation>Signed in as %1 (%2), %3. File: %4</translation>
    </message>
    <message>
        <source>Incoming documents overdue or due soon</source>
        <translation>Incoming documents overdue or due soon</translation>
    </message>
    <message>
        <source>%1/%2 %3 — %4, due %5%6</source>
        <translation>%1/%2 %3 — %4, due %5%6</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>No incoming document is overdue or due in the next two days.</source>
        <translation>No incoming document is overdue or due in the next two days.</translation>
    </message>
    <message>
        <source>Meetings in the next two weeks</source>
        <translation>Meetings in the next two weeks</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Meeting preparation overdue</source>
        <translation>Meeting preparation overdue</translation>
    </message>
    <message>
        <source>%1 (%2): %3, due %4</source>
        <translation>%1 (%2): %3, due %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up of meeting decisions</source>
        <translation>Follow-up of meeting decisions</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>incoming documents new, not handed over</source>
        <translation>incoming documents new, not handed over</translation>
    </message>
    <message>
        <source>due this week, not done</source>
        <translation>due this week, not done</translation>
    </message>
    <message>
        <source>overdue, not done</source>
        <translation>overdue, not done</translation>
    </message>
    <message>
        <source>outgoing numbers reserved, not issued</source>
        <translation>outgoing numbers reserved, not issued</translation>
    </message>
    <message>
        <source>meetings in the next two weeks</source>
        <translation>meetings in the next two weeks</translation>
    </message>
    <message>
        <source>meeting preparation steps late</source>
        <translation>meeting preparation steps late</translation>
    </message>
    <message>
        <source>follow-up tasks of decisions open</source>
        <translation>follow-up tasks of decisions open</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>&amp;Register incoming…</translation>
    </message>
    <message>
        <source>&amp;Number an outgoing document…</source>
        <translation>&amp;Number an outgoing document…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>&amp;Search the registers</source>
        <translation>&amp;Search the registers</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>documents of the closing year in no dossier</source>
        <translation>documents of the closing year in no dossier</translation>
    </message>
    <message>
        <source>archive loans overdue</source>
        <translation>archive loans overdue</translation>
    </message>
    <message>
        <source>dossiers due to go to the archive, or late</source>
        <translation>dossiers due to go to the archive, or late</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::TermsBox</name>
    <message>
        <source>Terms of the committee (nhiệm kỳ)</source>
        <translation>Terms of the committee (nhiệm kỳ)</translation>
    </message>
    <message>
        <source>Add a &amp;term…</source>
        <translation>Add a &amp;term…</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <source>e.g. Khóa XV (2025-2030)</source>
        <translation>e.g. Khóa XV (2025-2030)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>Co&amp;rrect the term…</source>
        <translation>Co&amp;rrect the term…</translation>
    </message>
    <message>
        <source>Correct the term</source>
        <translation>Correct the term</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UnfiledDialog</name>
    <message>
        <source>&amp;File into dossier…</source>
        <translation>&amp;File into dossier…</translation>
    </message>
    <message>
        <source>Documents not yet filed</source>
        <translation>Documents not yet filed</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Select one or more documents (Shift, Ctrl), then choose their dossier</source>
        <translation>Select one or more documents (Shift, Ctrl), then choose their dossier</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Every document of %1 is in a dossier.</source>
        <translation>Every document of %1 is in a dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in no dossier.</source>
        <translation>
            <numerusform>%n document in no dossier.</numerusform>
            <numerusform>%n documents in no dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to file.</source>
        <translation>
            <numerusform>%n document to file.</numerusform>
            <numerusform>%n documents to file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UnlockDialog</name>
    <message>
        <source>Open the office file</source>
        <translation>Open the office file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Other &amp;file…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>&amp;New office file…</translation>
    </message>
    <message>
        <source>Forgot the password…</source>
        <translation>Forgot the password…</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Open an office file</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Enter the recovery code printed when the file was created:</source>
        <translation>Enter the recovery code printed when the file was created:</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>VanPhong office files and meeting packages (*.vpdb *.vphop);;All files (*)</source>
        <translation>VanPhong office files and meeting packages (*.vpdb *.vphop);;All files (*)</translation>
    </message>
    <message>
        <source>The new password is set, and you are signed in with it.</source>
        <translation>The new password is set, and you are signed in with it.</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <source>%1

Save what the file held before the damage as a new file? Nothing is written to the damaged file.</source>
        <translation>%1

Save what the file held before the damage as a new file? Nothing is written to the damaged file.</translation>
    </message>
    <message>
        <source>Save the last good state as</source>
        <translation>Save the last good state as</translation>
    </message>
    <message>
        <source>-saved</source>
        <translation>-saved</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>VanPhong office files (*.vpdb)</translation>
    </message>
    <message>
        <source>The last good state was saved as %1. Open that file to go on working, and keep the damaged one for whoever repairs it.</source>
        <translation>The last good state was saved as %1. Open that file to go on working, and keep the damaged one for whoever repairs it.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>The user name must not contain spaces.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UsersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Users&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Each user opens the file with their own password. A disabled user&apos;s password no longer opens it.</source>
        <translation>Each user opens the file with their own password. A disabled user&apos;s password no longer opens it.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1? Their password will no longer open the file.</source>
        <translation>Disable %1? Their password will no longer open the file.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove %1 for good? The audit log keeps what they did.</source>
        <translation>Remove %1 for good? The audit log keeps what they did.</translation>
    </message>
    <message>
        <source>The new recovery code was not confirmed: the file keeps its key and its old code.</source>
        <translation>The new recovery code was not confirmed: the file keeps its key and its old code.</translation>
    </message>
    <message>
        <source>

%1 is an office chief and may know the recovery code: the file will also get a new recovery code, which you will print or write down.</source>
        <translation>

%1 is an office chief and may know the recovery code: the file will also get a new recovery code, which you will print or write down.</translation>
    </message>
</context>
</TS>
